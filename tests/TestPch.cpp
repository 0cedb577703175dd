// The one source of twb_test_pch, the target that builds the tests' precompiled
// header (TestPch.h) for every test to reuse.
