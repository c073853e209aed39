/// What `ingest` (and the other commands) print on the terminal: labels, progress, the summary.
extension Catalogue {
    public enum Terminal {
        public static let errorLabel = Localized("error", ja: "エラー")
        public static let warningLabel = Localized("warning", ja: "警告")
        public static let skippedLabel = Localized("skipped", ja: "対象外")
        /// Before the name of the plan PDF in an error about it.
        public static let plan = Localized("plan", ja: "計画書")

        /// A file found in a folder that holds no numbered table (agenda, minutes): skipped, not failed.
        public static func notATable(_ path: String) -> Localized {
            Localized("\(path): no numbered table (not a table document?)", ja: "\(path): 番号付きの表がありません（表ではない文書？）")
        }

        /// `[3/12] 資料/a.txt: 10 record(s), 2 warning(s) → Output/a.json`
        public static func written(_ path: String, records: Int, warnings: Int, unchanged: Bool, output: String) -> Localized {
            Localized(
                "\(path): \(records) record(s)" + (warnings > 0 ? ", \(warnings) warning(s)" : "")
                    + (unchanged ? ", unchanged" : "") + " → \(output)",
                ja: "\(path): \(records)件" + (warnings > 0 ? "、警告\(warnings)件" : "")
                    + (unchanged ? "、変更なし" : "") + " → \(output)")
        }

        /// The live line: the files being read right now.
        public static func reading(_ names: String) -> Localized {
            Localized("reading \(names)", ja: "読み取り中 \(names)")
        }

        public static func moreWarnings(_ count: Int, output: String) -> Localized {
            Localized("… \(count) more warning(s) in \(output)", ja: "… ほかに警告\(count)件（\(output) に記録）")
        }

        /// The end-of-run count.
        public static func summary(
            files: Int, ok: Int, withWarnings: Int, failed: Int, skipped: Int, records: Int,
            outputFolder: String?
        ) -> Localized {
            let to = outputFolder.map { " to \($0)" } ?? ""
            let skippedEnglish = skipped > 0 ? ", \(skipped) skipped (no table)" : ""
            let skippedJapanese = skipped > 0 ? "、対象外 \(skipped)（表なし）" : ""
            return Localized(
                "\(files) file(s): \(ok) ok, \(withWarnings) with warnings, \(failed) failed\(skippedEnglish); \(records) record(s) written\(to)",
                ja: "\(files)ファイル: 成功 \(ok)、警告あり \(withWarnings)、失敗 \(failed)\(skippedJapanese)。"
                    + (outputFolder.map { "\($0) に" } ?? "") + "\(records)件を書き出しました")
        }

        public static let interrupted = Localized(
            "interrupted: no partial output was left behind",
            ja: "中断しました（書きかけのファイルは残っていません）")

        public static func unknownCommand(_ typed: String, suggestion: String) -> Localized {
            Localized(
                "unknown command '\(typed)'; did you mean '\(suggestion)'? (see shiryo --help)",
                ja: "'\(typed)' というコマンドはありません。'\(suggestion)' のことですか？（shiryo --help を参照）")
        }
    }

    /// Command-line paths that cannot be ingested; each is an error of its own and the others still run.
    public enum Paths {
        public static func missing(_ path: String) -> Localized {
            Localized("\(path): no such file or folder; check the path", ja: "\(path): ファイルもフォルダもありません。パスを確かめてください")
        }

        public static func emptyFolder(_ path: String) -> Localized {
            Localized("\(path): the folder holds no .pdf or .txt files", ja: "\(path): フォルダに .pdf も .txt もありません")
        }

        public static func unsupported(_ path: String) -> Localized {
            Localized(
                "\(path): shiryo reads only PDFs (.pdf) and text exports (.txt); this file was not read",
                ja: "\(path): 読めるのは PDF（.pdf）とテキスト（.txt）だけです。このファイルは読みませんでした")
        }

        /// Two inputs that would write the same output file: neither is ingested.
        public static func sharedOutput(_ path: String, output: String, others: [String]) -> Localized {
            Localized(
                "\(path): its output \(output) would also be written by \(others.joined(separator: ", ")); none of them was "
                    + "ingested: rename one, or ingest them in separate runs with different output folders",
                ja: "\(path): 出力 \(output) を \(others.joined(separator: "、")) も書くため、どちらも読みませんでした。"
                    + "名前を変えるか、出力先フォルダを変えて別々に実行してください")
        }
    }
}

extension Catalogue {
    /// Writing an output file.
    public enum Outputs {
        public static func exists(_ path: String) -> Localized {
            Localized(
                "\(path) already exists with different content; to overwrite it, allow replacing outputs",
                ja: "\(path) は内容の違うファイルが既にあります。上書きするには、出力の置き換えを許可してください")
        }

        public static func unchecked(_ path: String, what: String) -> Localized {
            Localized(
                "\(path) already exists and \(what), so it was not replaced; to replace it, allow replacing outputs",
                ja: "\(path) は既にあり（\(what)）、確かめられないため置き換えませんでした。置き換えるには、出力の置き換えを許可してください")
        }

        public static func notWritten(_ path: String, reason: String) -> Localized {
            Localized("\(path): cannot be written (\(reason))", ja: "\(path): 書き込めません（\(reason)）")
        }

        public static let interruptedReason = Localized("interrupted", ja: "中断")
    }
}
