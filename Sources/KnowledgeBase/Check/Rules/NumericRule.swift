struct NumericRule: CheckRule {
    let kind = Finding.Kind.numeric
    let name = "NumericConflict"
    let summary = ""
    let help = ""
    func findings(in context: CheckContext) -> [Finding] { [] }
}
