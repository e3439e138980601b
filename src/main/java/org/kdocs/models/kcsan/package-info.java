/**
 * Reference model of KCSAN (Linux 6.12): configuration, soft watchpoints encoded as the kernel
 * encodes them, the per-access algorithm of kernel/kcsan/core.c, reports in the format of
 * report.c, and the debugfs file. It runs on any {@link org.kdocs.models.kcsan.KcsanHost}; the C
 * interpreter provides one.
 */
package org.kdocs.models.kcsan;
