package org.kdocs.transforms;

import org.kdocs.tree.Pending;

/**
 * One tree transformation (docutils.transforms.Transform). Default
 * transforms get a null start node; pending transforms get the pending node
 * that asked for them.
 */
@FunctionalInterface
public interface Transform {
    void apply(TransformContext context, Pending startNode);
}
