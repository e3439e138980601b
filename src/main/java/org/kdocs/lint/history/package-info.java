/**
 * Translation staleness from git history (JGit): whether the original has
 * changed since the commit a translation was based on, decided as the
 * kernel's scripts/checktransupdate.py decides it.
 */
package org.kdocs.lint.history;
