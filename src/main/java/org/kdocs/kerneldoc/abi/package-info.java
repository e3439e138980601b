/**
 * The kernel's ABI book in Java: reads the files of Documentation/ABI and writes the reST of
 * {@code scripts/get_abi.pl rest}, byte for byte, with its messages. Used by the kernel-abi
 * directive and {@code kdocs kernel-abi}.
 */
package org.kdocs.kerneldoc.abi;
