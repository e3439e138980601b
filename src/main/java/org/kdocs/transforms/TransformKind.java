package org.kdocs.transforms;

/**
 * A transform with its docutils name (e.g. {@code docutils.transforms.parts.Contents},
 * the name pending nodes carry) and its default priority: lower runs first.
 */
public record TransformKind(String name, int defaultPriority, Transform transform) {
}
