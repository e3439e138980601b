/**
 * The pre-steps of the kernel's {@code make htmldocs}, in Java: the media uapi headers as
 * {@code .h.rst} pages (parse-headers.pl with the books' exceptions files) and the netlink
 * family pages from their YAML specs (ynl-gen-rst.py). They write into the build directory,
 * never into the source tree, and the site reads what they made.
 */
package org.kdocs.site.ext.kernel.prestep;
