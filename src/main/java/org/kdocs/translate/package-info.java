/**
 * Tools for translators, on top of the linter's view of a page: the
 * skeleton of a new translation as the kernel's zh_CN guide lays it out,
 * its place in the translated toctree, and the state of every page of a
 * tree (missing, stale with the original's commits since, up to date).
 */
package org.kdocs.translate;
