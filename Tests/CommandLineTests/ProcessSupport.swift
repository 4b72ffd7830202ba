import Foundation

extension EizinBinary {
    /// Runs `eizin` with a chosen working folder, environment changes (nil removes a
    /// variable) and standard input; stdout and stderr are captured (so never a terminal).
    static func runWith(_ arguments: [String], in folder: URL? = nil, environment changes: [String: String?] = [:],
                        input: Data? = nil) throws -> Result {
        try runProgram(executable, arguments, in: folder, environment: changes, input: input)
    }

    /// The same for another program (`setpriv … eizin`, a shell running eizin).
    static func runProgram(_ program: URL, _ arguments: [String], in folder: URL? = nil,
                           environment changes: [String: String?] = [:], input: Data? = nil) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = folder ?? packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = nil
        environment["LC_MESSAGES"] = nil
        environment["NO_COLOR"] = nil
        for (name, value) in changes { environment[name] = value }
        process.environment = environment
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input == nil ? FileHandle.nullDevice : inPipe
        try process.run()
        if let input {
            // Small inputs: the pipe buffer holds them, so writing before reading cannot block.
            inPipe.fileHandleForWriting.write(input)
            try inPipe.fileHandleForWriting.close()
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Runs `eizin` with its standard output on a pseudo-terminal, through util-linux
    /// `script` (nil when it is not installed); returns what the terminal showed.
    static func runOnTerminal(_ arguments: [String], environment changes: [String: String?] = [:]) throws -> String? {
        let script = "/usr/bin/script"
        guard FileManager.default.isExecutableFile(atPath: script) else { return nil }
        let quoted = ([executable.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script)
        process.arguments = ["-q", "-e", "-c", quoted.joined(separator: " "), "/dev/null"]
        process.currentDirectoryURL = packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = nil
        environment["NO_COLOR"] = nil
        environment["TERM"] = "xterm"
        for (name, value) in changes { environment[name] = value }
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
