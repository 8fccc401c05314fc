// The libFuzzer entry points for kb's fuzz targets. Fuzz/fuzz.sh compiles this file, every
// source of KBText, KBModel, KBClaims, KBIngest, KBCheck and KBSearch, and
// Tests/KnowledgeBaseTests/FuzzRegressionTests.swift (which defines the targets,
// `FuzzEntry.targets`, and replays saved inputs as regression tests) as one module into one
// fuzzer, .build-fuzz/kbfuzz, and links one name per target to it (.build-fuzz/claims, ...): the
// name the fuzzer is started by picks the target, so `.build-fuzz/html crash-file` reruns an input.
import Foundation

nonisolated(unsafe) var fuzzTarget: (@Sendable (Data) -> Void)?

@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<CInt>,
                           _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>) -> CInt {
    let program = argv.pointee[0].map { String(cString: $0) } ?? ""
    let name = ProcessInfo.processInfo.environment["KB_FUZZ_TARGET"] ?? URL(fileURLWithPath: program).lastPathComponent
    guard let entry = FuzzEntry.targets[name] else {
        FileHandle.standardError.write(Data("kbfuzz: unknown target \"\(name)\"; start it as one of \(FuzzEntry.targets.keys.sorted().joined(separator: ", ")) or set KB_FUZZ_TARGET\n".utf8))
        exit(2)
    }
    fuzzTarget = entry
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    fuzzTarget?(bytes.map { Data(bytes: $0, count: count) } ?? Data())
    return 0
}
