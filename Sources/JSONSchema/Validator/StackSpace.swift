import ThreadStack

/// The stack the current thread has left. The evaluator counts levels (`maximumDepth`), but
/// how much stack a level takes depends on the build (a sanitizer's frames are several times
/// larger) and on the thread (a small stack); this measure lets deep evaluation stop with an
/// error on any of them rather than overflow.
struct StackSpace {
    /// The lowest address evaluation may reach: the stack's end plus `reserve`, for the work
    /// that follows (reporting the failure). Nil where the platform does not tell.
    let floor: UInt?

    init(reserve: UInt = 256 * 1024) {
        let lowest = UInt(eizin_thread_stack_lowest_address())
        floor = lowest == 0 ? nil : lowest + reserve
    }

    /// Whether the caller's frame is still above the floor.
    func hasRoom() -> Bool {
        guard let floor else { return true }
        return UInt(eizin_current_stack_address()) > floor
    }
}
