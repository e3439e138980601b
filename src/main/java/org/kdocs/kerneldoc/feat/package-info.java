/**
 * The kernel's feature tables in Java: reads Documentation/features (one arch-support.txt per
 * feature) and writes the reST tables of {@code scripts/get_feat.pl rest}, byte for byte, with its
 * messages. Used by the kernel-feat directive and {@code kdocs kernel-feat}.
 */
package org.kdocs.kerneldoc.feat;
