/**
 * The kernel's Sphinx extensions (Documentation/sphinx/*.py) for kdocs builds of a kernel tree:
 * flat-table with cspan/rspan, kernel-include, the kfigure directives, the directives that put the
 * output of the kernel's documentation scripts in place (kernel-doc, kernel-feat, kernel-abi, made
 * in process by {@code org.kdocs.kerneldoc}) and maintainers-include, which reads MAINTAINERS.
 * They are registered through {@link org.kdocs.site.ext.kernel.KernelExtension}, which applies only when the
 * source tree looks like the kernel's Documentation/.
 */
package org.kdocs.site.ext.kernel;
