#define _GNU_SOURCE
#include "ThreadStack.h"
#include <pthread.h>

uintptr_t eizin_thread_stack_lowest_address(void) {
#if defined(__linux__)
    pthread_attr_t attributes;
    if (pthread_getattr_np(pthread_self(), &attributes) != 0) return 0;
    void *start = NULL;
    size_t size = 0;
    int status = pthread_attr_getstack(&attributes, &start, &size);
    pthread_attr_destroy(&attributes);
    return status == 0 ? (uintptr_t)start : 0;
#elif defined(__APPLE__)
    pthread_t self = pthread_self();
    return (uintptr_t)pthread_get_stackaddr_np(self) - pthread_get_stacksize_np(self);
#else
    return 0;
#endif
}

__attribute__((noinline)) uintptr_t eizin_current_stack_address(void) {
    return (uintptr_t)__builtin_frame_address(0);
}
