#ifndef SHIRYO_CPOPPLER_SHIM_H
#define SHIRYO_CPOPPLER_SHIM_H
#include <poppler.h>
#include <cairo.h>
#include <glib.h>
#endif
