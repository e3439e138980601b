/**
 * Back end of the C interpreter: the compiler from syntax tree to a tree of executable nodes (built once
 * per program), simulated memory, the per-run machine with its deterministic scheduler, and the standard
 * kernel builtins. Nothing here knows about any model; models only see the interfaces of the parent package.
 */
package org.kdocs.interp.exec;
