struct ArithmeticRule: CheckRule {
    let kind = Finding.Kind.arithmetic
    let name = "ArithmeticConflict"
    let summary = ""
    let help = ""
    func findings(in context: CheckContext) -> [Finding] { [] }
}
