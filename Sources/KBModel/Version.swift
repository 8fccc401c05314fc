import KBText
/// kb's version, shown by `kb --version` and written into SARIF output.
public enum KBVersion {
    public static let current = "0.5.0"
}
