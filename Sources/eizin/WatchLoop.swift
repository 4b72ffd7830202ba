import Dispatch
import Foundation
import Site
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `eizin serve` and `eizin build --watch` share: poll the content folder every 300 ms
/// (`ContentWatcher`), rebuild on the serial `builds` queue once a change has settled, and on Ctrl-C
/// or SIGTERM let a running build finish, then exit 0. Never returns.
enum WatchLoop {
    static func run(content: String, builds: DispatchQueue, since fingerprint: [UInt8],
                    rebuild: @escaping @Sendable () -> Void, stopping: @escaping @Sendable () -> Void = {}) -> Never {
        var last = fingerprint
        let timer = DispatchSource.makeTimerSource(queue: builds)
        timer.schedule(deadline: .now() + .milliseconds(300), repeating: .milliseconds(300))
        timer.setEventHandler {
            let now = ContentWatcher.fingerprint(of: content)
            if now != last {
                last = ContentWatcher.settledFingerprint(of: content, changedTo: now)
                rebuild()
            }
        }
        timer.resume()

        var sources: [DispatchSourceSignal] = []
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
            source.setEventHandler {
                builds.sync { timer.cancel() }
                stopping()
                StandardStreams.error("Stopped.")
                exit(0)
            }
            source.resume()
            sources.append(source)
        }
        withExtendedLifetime(sources) { dispatchMain() }
    }
}
