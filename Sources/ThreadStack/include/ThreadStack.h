#ifndef EIZIN_THREAD_STACK_H
#define EIZIN_THREAD_STACK_H

#include <stddef.h>
#include <stdint.h>

/// The lowest address of the calling thread's stack (stacks grow down on the platforms this
/// runs on), through pthread_getattr_np, which Swift's Glibc module does not export. Returns
/// 0 when the platform does not tell.
uintptr_t eizin_thread_stack_lowest_address(void);

/// An address on the calling thread's real stack, just below the caller's frame. Not the
/// address of a local variable: AddressSanitizer may keep locals on a "fake stack" in the
/// heap (to find uses after return), far from the thread's stack.
uintptr_t eizin_current_stack_address(void);

#endif
