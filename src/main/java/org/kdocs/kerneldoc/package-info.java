/**
 * kernel-doc in Java: reads the structured comments of kernel C sources and writes the
 * reStructuredText that the kernel's {@code scripts/kernel-doc -rst} writes, byte for byte, with
 * its warnings. A file is parsed once into items that do not depend on a run's options
 * ({@code CommentScanner} and the dumpers); each run then selects and prints them
 * ({@code Renderer}, {@code RstEmitter}). Depends on nothing else of kdocs.
 */
package org.kdocs.kerneldoc;
