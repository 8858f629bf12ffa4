/**
 * Build time only: the one declaration of a list of the API ({@link vn.cchc.processor.ListOf} on its view, with its
 * {@link vn.cchc.processor.OrderBy} values), of a filter input ({@link vn.cchc.processor.FilterFields} on the class of
 * its fields) and of an enum's filter ({@link vn.cchc.processor.FilterOf} on the enum view), and the annotation
 * processors that write from them the list's {@code <T>Connection}, {@code <T>Edge}, {@code <T>Order} and
 * {@code <T>OrderField}, the {@code <T>Filter} input with its {@code and} / {@code or} / {@code not} and the mapping of
 * each field to a domain attribute, and the enum's {@code <T>Filter}, into graphql-api's generated sources, where they
 * are compiled with the rest of graphql-api and go into {@code WEB-INF/classes}, where Liberty's GraphQL finds them;
 * and the check that a mirror enum ({@link vn.cchc.processor.MirrorOf}) names its domain enum's constants. Nothing of
 * this module is in the WAR: the annotations are kept in the source only, and graphql-api depends on the module as
 * {@code provided}.
 *
 * <p><b>Why generate classes at all.</b> Every list had the same four classes, written out again for each (34 files),
 * every filter input the same {@code and} / {@code or} / {@code not} and the same reading of its fields (11), and every
 * enum a filter of the same three operators (14 files), differing only in their names, the node type, the attribute
 * enum and a few words of their descriptions. A generic {@code Connection<T>} returned by the resolvers cannot replace
 * them: SmallRye GraphQL, the engine in Open Liberty, names each use of a generic type after its type arguments, joined
 * by an underscore ({@code Connection_Unit}), so the schema's {@code UnitConnection}, {@code UnitEdge} and their
 * descriptions would change; and the {@code not} of a filter must be typed by the filter itself. The published SDL is a
 * contract ({@code graphql-api/src/main/graphql/schema.graphql}, checked byte for byte against the server's by
 * SchemaContractIT): each needs a class of its own with its own name and {@code @Description}, and generating them
 * keeps the names and the words while the code is written once, here.
 *
 * <p><b>Why an annotation processor rather than a generator run by Maven.</b> It runs inside the compiler, over the
 * compiler's own model of the code: it reads the view's GraphQL name from its {@code @Type}, the attribute enum and its
 * constants as types, and reports a declaration it cannot serve (an order value or a filter field that stands for no
 * attribute) as a compile error on that declaration. The declaration is Java, beside the view it is about, with no
 * input format or file of its own; the build needs no plugin beyond the compiler's, and IDEs run the processors as they
 * compile. A generator run by Maven would need its own input (or would have to parse Java) and its own step before the
 * compilation.
 *
 * <p><b>Why mirror enums are checked, not generated.</b> An enum view holds its constants' names, which are the domain
 * enum's, and what the schema says of each value, in English and Vietnamese, which only the view knows: generating it
 * would move those sentences elsewhere without writing less. What could go wrong, the two drifting apart, is what
 * {@link vn.cchc.processor.MirrorProcessor} refuses at compile time.
 *
 * <p>What differs irregularly from list to list is declared (the phrases of {@link vn.cchc.processor.ListOf} and
 * {@link vn.cchc.processor.FilterFields}); what every list says alike ("A page of ...", "... of this page with their
 * cursors.", "What to order by.", "Every one of these filters holds (và).") is said once, in
 * {@link vn.cchc.processor.ListSources}, {@link vn.cchc.processor.EntityFilterProcessor} and
 * {@link vn.cchc.processor.EnumFilterProcessor}. The resolvers stay written by hand.
 */
package vn.cchc.processor;
