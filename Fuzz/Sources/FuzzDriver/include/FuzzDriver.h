#ifndef EIZIN_FUZZ_DRIVER_H
#define EIZIN_FUZZ_DRIVER_H
/// Runs libFuzzer with the target's LLVMFuzzerTestOneInput. SwiftPM links an executable
/// with main renamed to <target>_main (so tests can link it); each fuzz target defines
/// that symbol and calls this, since libFuzzer's own main would never be used.
int eizin_fuzz_main(int argc, char **argv);
#endif
