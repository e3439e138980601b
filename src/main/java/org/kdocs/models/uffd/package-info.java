/**
 * Reference model of userfaultfd registration (Linux 6.12): register modes, features, VMA kinds and VM flag bits.
 */
package org.kdocs.models.uffd;
