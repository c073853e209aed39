/// Why a file could not be read: one short line a clerk can act on, naming the file (and page or line).
extension Catalogue {
    public enum Errors {
        public static func message(for problem: InputProblem, file name: String) -> Localized {
            switch problem {
            case .empty:
                Localized("\(name): the file is empty", ja: "\(name): ファイルが空です")
            case .binary:
                Localized(
                    "\(name): this is not a text file (binary bytes found); give a .txt export or a PDF",
                    ja: "\(name): テキストファイルではありません（バイナリを含みます）。.txt に書き出したものか PDF を指定してください")
            case .undecodable(let line, let detail):
                Localized(
                    "\(name)\(line.map { " at line \($0)" } ?? ""): the text cannot be decoded (\(detail)); save it again as UTF-8 or Shift_JIS",
                    ja: "\(name)\(line.map { " \($0)行目" } ?? ""): 文字コードを読み取れません（\(detail)）。UTF-8 か Shift_JIS で保存し直してください")
            case .noRows:
                Localized(
                    "\(name): no numbered rows were found (is it a table with numbered rows?)",
                    ja: "\(name): 番号の付いた行が見つかりません（番号付きの表ではない文書？）")
            case .notPDF(let looksLike):
                Localized(
                    "\(name): this is not a PDF file (\(looksLike.map { "it is \($0.english), and " } ?? "")it does not start with %PDF-)",
                    ja: "\(name): PDF ファイルではありません（\(looksLike.map { "\($0.japanese)です。" } ?? "")先頭が %PDF- ではありません）")
            case .damagedPDF(let detail):
                Localized(
                    "\(name): the PDF is damaged or truncated (\(detail)); download or export it again",
                    ja: "\(name): PDF が壊れているか途中で切れています（\(detail)）。ダウンロードまたは書き出しをやり直してください")
            case .damagedPage(let page, let detail):
                Localized(
                    "\(name) page \(page): the page cannot be read (\(detail)); download or export the PDF again",
                    ja: "\(name) \(page)ページ: ページを読み取れません（\(detail)）。PDF のダウンロードまたは書き出しをやり直してください")
            case .encrypted(passwordGiven: true):
                Localized("\(name): the PDF password is wrong", ja: "\(name): PDF のパスワードが違います")
            case .encrypted(passwordGiven: false):
                Localized(
                    "\(name): the PDF is encrypted; give its password",
                    ja: "\(name): PDF にパスワードがかかっています。パスワードを指定してください")
            case .noPages:
                Localized("\(name): the PDF has no pages", ja: "\(name): PDF にページがありません")
            case .noTextLayer(let page):
                Localized(
                    "\(name) page \(page): the page has no text layer (a scanned image?); OCR is not supported",
                    ja: "\(name) \(page)ページ: 文字情報がありません（スキャン画像？）。OCR には対応していません")
            case .tableNotFound(_, let found) where !found.isEmpty:
                // Short on purpose: listing every known header made 600–1,000 character lines.
                Localized(
                    "\(name): no numbered table was found (headers seen: \(seen(found)); none is a № column)",
                    ja: "\(name): 番号付きの表が見つかりません（見出し: \(seen(found))。№ の列がありません）")
            case .tableNotFound:
                Localized(
                    "\(name): no numbered table was found (no header row with a № column)",
                    ja: "\(name): 番号付きの表が見つかりません（№ 列のある見出し行がありません）")
            case .unreadable(let detail):
                Localized("\(name): the file cannot be read (\(detail))", ja: "\(name): ファイルを読み込めません（\(detail)）")
            }
        }

        /// Characters of header text quoted in the table-not-found line: enough to recognise the table.
        static let seenLength = 60

        /// `整理記号 | 要望の要旨 | …`, cut to `seenLength` characters.
        static func seen(_ headers: [String]) -> String {
            let joined = headers.joined(separator: " | ")
            return joined.count <= seenLength ? joined : String(joined.prefix(seenLength - 1)) + "…"
        }

        /// What a file named .pdf is instead, from its first bytes (`notPDF(looksLike:)`).
        public static let zipArchive = Localized("a ZIP archive (a Word or Excel file?)", ja: "ZIP 形式（Word か Excel のファイル？）")
        public static let pngImage = Localized("a PNG image", ja: "PNG 画像")
        public static let jpegImage = Localized("a JPEG image", ja: "JPEG 画像")
        public static let oldOffice = Localized("an old Office document (.doc/.xls)", ja: "古い Office 文書（.doc/.xls）")
        public static let htmlPage = Localized("an HTML page", ja: "HTML ページ")
    }
}
