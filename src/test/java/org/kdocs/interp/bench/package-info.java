/**
 * Benchmark mains for the interpreter, run by scripts in {@code bench/}; not part of the test suite.
 */
package org.kdocs.interp.bench;
