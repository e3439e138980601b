/**
 * The kernel's Sphinx extensions (Documentation/sphinx/*.py) for kdocs builds of a kernel tree:
 * flat-table with cspan/rspan, kernel-include, the kfigure directives, and the directives that run
 * the kernel's own scripts (kernel-doc, kernel-feat, kernel-abi) or read MAINTAINERS.
 * They are registered only when the source tree looks like the kernel's Documentation/.
 */
package org.kdocs.site.ext.kernel;
