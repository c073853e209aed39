/* Which poppler-glib call pays for a page's text (issue 15, time per row): times the first page's
 * get_text (1), get_text_layout (2), get_text_attributes (4), get_text_for_area (8) and
 * get_selected_text (16), in that order, for the calls MODE's bits select.
 *   gcc -O2 Scripts/poppler-textpage-probe.c -o /tmp/probe $(pkg-config --cflags --libs poppler-glib)
 *   /tmp/probe .build-bench/rows-1000.pdf 7    # all three calls ingest makes
 *   /tmp/probe .build-bench/rows-1000.pdf 2    # the layout alone
 * Whichever call comes first builds the page's TextPage (kept on the PopplerPage) and takes the time; the
 * others reuse it. */
#include <poppler.h>
#include <stdio.h>
#include <time.h>
static double now(void){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec/1e9;}
int main(int argc,char**argv){
  gchar*uri=g_filename_to_uri(argv[1],NULL,NULL);
  PopplerDocument*d=poppler_document_new_from_file(uri,NULL,NULL);
  int mode=atoi(argv[2]);
  double t0=now();
  PopplerPage*p=poppler_document_get_page(d,0);
  double t1=now();
  if(mode&1){char*s=poppler_page_get_text(p);g_free(s);}
  double t2=now();
  if(mode&2){PopplerRectangle*r;guint n;poppler_page_get_text_layout(p,&r,&n);g_free(r);}
  double t3=now();
  if(mode&4){GList*l=poppler_page_get_text_attributes(p);poppler_page_free_text_attributes(l);}
  double t4=now();
  if(mode&8){PopplerRectangle a={0,0,10000,10000};char*s=poppler_page_get_text_for_area(p,&a);g_free(s);}
  double t5=now();
  if(mode&16){PopplerRectangle a={0,0,10000,10000};char*s=poppler_page_get_selected_text(p,POPPLER_SELECTION_GLYPH,&a);g_free(s);}
  double t6=now();
  printf("%s mode %d: load %.3f text %.3f layout %.3f attrs %.3f area %.3f sel %.3f\n",argv[1],mode,t1-t0,t2-t1,t3-t2,t4-t3,t5-t4,t6-t5);
  return 0;}
