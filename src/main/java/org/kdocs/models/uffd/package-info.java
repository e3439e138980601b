/**
 * Reference model of userfaultfd registration (Linux 6.12): the UFFDIO_API handshake and feature bits,
 * register modes and returned ioctl masks, the VMA kinds and vma_can_userfault(), fault routing
 * (missing, minor, write-protect) and UFFDIO_CONTINUE, plus a consistency check over the VM flag table.
 * {@link org.kdocs.models.uffd.UffdModel} is the entry point.
 */
package org.kdocs.models.uffd;
