/// The review page (`shiryo review`) and its progress line.
extension Catalogue {
    public enum Review {
        public static let htmlLanguage = Localized("en", ja: "ja")

        /// The verdict at the top of the page.
        public static func allRead(_ records: Int) -> Localized {
            Localized("All \(records) row(s) read, nothing to check", ja: "全\(records)行を読み取りました。確認の必要な点はありません")
        }

        public static func warnings(_ count: Int, records: Int) -> Localized {
            Localized(
                "\(records) row(s) read, \(count) warning(s): check the places marked in orange",
                ja: "\(records)行を読み取りました。警告\(count)件：橙色の印の箇所を確かめてください")
        }

        public static func failed(_ message: String) -> Localized {
            Localized("Not read: \(message)", ja: "読み取れませんでした：\(message)")
        }

        public static func notes(_ count: Int) -> Localized {
            Localized(
                "\(count) note(s) on how the table was read (no action needed)",
                ja: "読み取り方についてのメモ \(count)件（対応は不要です）")
        }

        public static func pagesShown(_ shown: String, of total: Int) -> Localized {
            Localized("pages \(shown) of \(total) shown", ja: "全\(total)ページ中 \(shown) ページを表示")
        }

        public static func pageCount(_ count: Int) -> Localized { Localized("\(count) page(s)", ja: "\(count)ページ") }
        public static func recordCount(_ count: Int) -> Localized { Localized("\(count) record(s)", ja: "\(count)件") }
        public static func lineCount(_ count: Int) -> Localized { Localized("\(count) line(s)", ja: "\(count)行") }
        public static let textExport = Localized("text export", ja: "テキスト")

        public static let warningsHeading = Localized("Warnings", ja: "警告")
        public static let notesHeading = Localized("Notes", ja: "メモ")
        public static let noWarnings = Localized("No warnings.", ja: "警告はありません。")
        public static let noRecordsOnPage = Localized("No records on this page.", ja: "このページにレコードはありません。")
        public static func page(_ number: Int, of total: Int) -> Localized {
            Localized("Page \(number) of \(total)", ja: "\(number) / \(total) ページ")
        }
        public static func pageLink(_ number: Int) -> Localized { Localized("page \(number)", ja: "\(number)ページ") }
        public static func pages(_ list: String) -> Localized { Localized("page \(list)", ja: "\(list)ページ") }
        public static func lines(_ first: Int, _ last: Int) -> Localized {
            first == last ? Localized("line \(first)", ja: "\(first)行目") : Localized("lines \(first)–\(last)", ja: "\(first)〜\(last)行目")
        }
        public static func continues(_ number: String, from page: Int) -> Localized {
            Localized("\(number) continues from page \(page).", ja: "\(number) は \(page)ページから続いています。")
        }
        public static let empty = Localized("(empty)", ja: "（空欄）")
        public static let group = Localized("group", ja: "区分")
        public static let policy = Localized("policy", ja: "施策")
        public static let opinion = Localized("opinion", ja: "意見")
        public static let response = Localized("response", ja: "対応")
        public static let reflections = Localized("reflections", ja: "反映")

        /// The legend of the boxes drawn over the pages.
        public static let headerCell = Localized("header cell", ja: "見出しのセル")
        public static let row = Localized("row (record №)", ja: "行（レコード番号）")
        public static let cell = Localized("cell", ja: "セル")
        public static let citation = Localized("citation", ja: "引用ページ")
        public static let warning = Localized("warning", ja: "警告")
        public static let note = Localized("note", ja: "メモ")

        /// Pages the review could not draw as asked: kept out of the JSON, shown on the page.
        public static func pageTooBig(_ page: Int, width: Double, height: Double) -> Localized {
            Localized(
                "page \(page) is too big to draw (\(Int(width)) × \(Int(height)) points); its records are listed without the image",
                ja: "\(page)ページは大きすぎて描けません（\(Int(width)) × \(Int(height)) ポイント）。画像なしでレコードだけ表示します")
        }

        public static func pageDrawnSmaller(_ page: Int, scale: String) -> Localized {
            Localized(
                "page \(page) is large: drawn at \(scale) pixels per point to keep the file small",
                ja: "\(page)ページは大きいため、ファイルを小さく保つよう 1 ポイント \(scale) 画素で描きました")
        }

        /// The progress line and the line printed when a page is written.
        public static func drawing(_ file: String, page: Int, of total: Int) -> Localized {
            Localized("\(file): drawing page \(page) of \(total)", ja: "\(file): \(page) / \(total) ページを描画中")
        }

        public static func written(_ file: String, verdict: String, output: String) -> Localized {
            Localized("\(file): \(verdict) → \(output)", ja: "\(file): \(verdict) → \(output)")
        }
    }
}
