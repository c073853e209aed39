/// Diagnostics shown to a person. The JSON keeps each diagnostic's English message (stable for tools);
/// the terminal and the review page show the one-line meaning of its code in the reader's language: the
/// English one is `DiagnosticCode.meaning` (also in docs/DIAGNOSTICS.md), the Japanese one is here, one per
/// case (a new code does not compile until it has one).
extension Catalogue {
    public enum Diagnostics {
        /// `page 2` / `line 14` / `2ページ` / `14行目`.
        public static func place(page: Int?, line: Int?) -> Localized? {
            if let page { return Localized("page \(page)", ja: "\(page)ページ") }
            if let line { return Localized("line \(line)", ja: "\(line)行目") }
            return nil
        }

        /// What a clerk reads for a diagnostic: its code's meaning, or its own message for a code that is
        /// not a `DiagnosticCode` (the plan verifier's, say).
        public static func summary(of diagnostic: Diagnostic) -> Localized {
            DiagnosticCode(rawValue: diagnostic.code).map(meaning) ?? Localized(diagnostic.message, ja: diagnostic.message)
        }

        public static func meaning(_ code: DiagnosticCode) -> Localized {
            Localized(code.meaning, ja: japanese(code))
        }

        static func japanese(_ code: DiagnosticCode) -> String {
            switch code {
            case .totalRow: "合計の行（合計・計・「21名」など）はレコードに入れていません。"
            case .mergedCellCarried: "いくつかの行にまたがるセル（結合セル）の文字を、またがる各行に入れました。"
            case .tableStarted: "ここから別の表が始まると判断しました。"
            case .rubyRemoved: "ふりがな（ルビ）はセルの文字に入れていません。"
            case .rowNumberOutOfSequence: "番号が順番どおりではありません。その行は独立したレコードにしました。番号を確かめてください。"
            case .rowStartGuessed: "行の始まりを推定しました。前後のレコードの区切りを確かめてください。"
            case .cellsOrderGuessed: "セルの並び順を推定しました。回答がどの行のものか確かめてください。"
            case .columnsByWidthUnknown: "行の長さから列を見分けられませんでした。セルが違う列に入っているかもしれません。"
            case .pageSizeClamped: "ページの大きさがありえない値だったため、使える大きさとして読みました。"
            case .glyphsDropped: "位置や大きさがありえない文字（ページの外、数でない値）は読み飛ばしました。"
            case .blankPage: "文字のまったくないページを読み飛ばしました。"
            case .fakeBoldRemoved: "少しずらして二重に印刷した文字（疑似太字）を1文字として読みました。"
            case .glyphBoxesResized: "描かれた文字より大きい文字枠を、文字の大きさに縮めました。"
            case .pageWithoutTable: "表の見出しがない（または表の列に合わない）ページを読み飛ばしました。"
            case .columnGuessed: "列の境目がはっきり印刷されていないため推定しました。近くのセルを確かめてください。"
            case .tableNote: "表をまたいで印刷された注記（※、注）はレコードに入れていません。"
            case .rowGroupLabel: "行の間に表をまたいで印刷された見出しはレコードに入れていません。"
            case .textOutsideTable: "最初の行より前の文章はどのレコードにも属さないため読み飛ばしました。"
            case .textAfterLastRow: "最後の行より後の文章はどのレコードにも入れていません。"
            case .cellsDoubtful: "行の文章が表の列にうまく合いません。セルが違う列に入っているかもしれません。"
            case .cellAcrossRowTop: "上下中央揃えのセルで行の境目にまたがる行は、段落の中央がある行に入れました。"
            case .rowsFromNumbers: "段落の区切りから行の上端が分からない行は、印刷された番号の位置から始めました。"
            case .rowTopNotFound: "ページ先頭の行の始まりが分からないため、番号の位置を行の始まりとしました。"
            case .rowContinued: "ページをまたぐ行を1つのレコードにつなげました。"
            case .rowNumberOnNextPage: "ページの下で始まる行の番号が次のページに印刷されていたため、つなげました。"
            case .rowWithoutNumber: "番号のない文章を上の行に入れました。"
            case .rowNumberDuplicate: "同じ番号が続けて出てきます。番号を確かめてください。"
            case .rowNumberGap: "番号が前の行から続いていません。間の行が抜けていないか確かめてください。"
            case .policyInherited: "施策名のセルがない行に、上に印刷された施策名（結合セル）を使いました。"
            case .emptyOpinion: "意見の欄が空のレコードがあります。"
            case .emptyResponse: "対応の列があるのに、対応の欄が空のレコードがあります。"
            case .privateUseCharacter: "対応の分からない外字をそのまま残しました。確かめてください。"
            case .reflectionLinesUnwrapped: "セルの右端で折り返した反映の行を次の行とつなげました。"
            case .reflectionReattached: "行より前に印刷された引用ページ（テキストの縦長の③欄）を、その行に付けました。"
            case .reflectionWithoutCitation: "引用ページより前の反映の文章は、反映に入れていません。"
            case .citationRangeReversed: "ページ範囲の終わりが始まりより前です（p.41-39）。始まりのページを使いました。"
            case .unclosedQuote: "「 が閉じられていないため、セルの終わりまでを引用としました。"
            case .unquotedReflectionText: "反映の欄で「」の外にある文章も、1つの引用として残しました。"
            case .planPageNumbersMissing: "計画書にページラベルも余白のページ番号もないため、印刷ページ N を PDF の N ページ目としました。"
            case .planPageNumbersGuessed: "番号の印刷されていない計画書のページ（図のページなど）は、前後のページから番号を決めました。"
            case .planPageNumberRepeated: "同じページ番号が計画書の複数のページにあるため、番号が最も長く続く範囲で照合しました。"
            case .planPageMissing: "引用されたページが計画書の印刷ページにありません。"
            case .planQuoteOtherPage: "引用文は計画書にそのままありますが、引用されたページとは別のページです。"
            case .planQuoteChanged: "引用文が計画書の文言と少し違います（近い文があります）。違う箇所の前後を両方示します。"
            case .planQuoteNotFound: "引用文が計画書に見つかりません（近い文もありません）。"
            case .planHeadingOtherPage: "引用された見出しは計画書にありますが、引用されたページとは別のページです。"
            case .planHeadingChanged: "引用された見出しが計画書の文言と少し違います（近い見出しがあります）。違う箇所の前後を両方示します。"
            case .planHeadingNotFound: "引用された見出しが計画書に見つかりません（近い見出しもありません）。"
            }
        }
    }
}
