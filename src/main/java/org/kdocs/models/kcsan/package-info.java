/**
 * Reference model of KCSAN (Linux 6.12): soft watchpoints, the per-access algorithm, reports in the kernel's format, debugfs.
 */
package org.kdocs.models.kcsan;
