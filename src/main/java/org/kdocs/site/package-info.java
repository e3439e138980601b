/**
 * The site builder behind 'kdocs build': project loading, toctree, cross-references, search index,
 * themes, incremental cache. It is a Sphinx-compatible builder, so Sphinx's node types
 * ({@link org.kdocs.site.SphinxNodes}) and conf.py ({@link org.kdocs.site.SphinxConfig}) are its
 * vocabulary; the directives, roles and renderers that make and show those nodes come from
 * extensions, which the core never names: site.ext.sphinx (Sphinx's layer) and site.ext.kernel
 * (the kernel's), listed in {@code META-INF/services/org.kdocs.site.SiteExtension}.
 *
 * <h2>Writing a third extension</h2>
 * Implement {@link org.kdocs.site.SiteExtension} in a package below site.ext: say in
 * {@code appliesTo} which source trees it reads (by default all), and register every part in
 * {@code extend(parts)}, as commonmark-java's extensions do:
 * <pre>{@code
 * public final class NetlinkExtension implements SiteExtension {
 *     public boolean appliesTo(Path root) { return Files.isDirectory(root.resolve("netlink")); }
 *     public void extend(Parts parts) {
 *         parts.parser((tree, buildDir, parser) -> parser.directives().register("nl-spec", NlSpec::new))
 *              .renderer(NlNodes.ATTRIBUTE, (e, out) -> out.wrap("code", e, "nl-attr"))
 *              .preBuild((trees, output, warnings) -> null);
 *     }
 * }
 * }</pre>
 * Then add its class name to the services file, after the Sphinx extension if it builds on it (parser
 * set-ups and transforms run in the file's order), or give the build its own list with
 * {@code SiteBuilder.builder().extensions(SiteExtensions.of(...))}. Its node types are
 * {@link org.kdocs.tree.NodeType#define defined} by the extension, and its renderers are keyed by
 * them. An extension that owns cross-reference roles registers a domain of targets with
 * {@code parts.domain(config -> new MyDomain(config))}: an {@link org.kdocs.site.XrefDomain}
 * collects what each page declares and resolves the pending references whose refdomain it names
 * (the C domain's is {@code site.ext.sphinx.cdomain.CXrefDomain}). The core may not import the
 * extension: PackageDependencyTest fails when it does.
 */
package org.kdocs.site;
