/**
 * Build time only: the one declaration of a list of the API ({@link vn.cchc.processor.ListOf} on its view) and of an
 * enum's filter ({@link vn.cchc.processor.FilterOf} on the enum view), and the annotation processors that write the
 * list's {@code <T>Connection}, {@code <T>Edge} and {@code <T>Order}, and the enum's {@code <T>Filter}, into
 * graphql-api's generated sources, where they are compiled with the rest of graphql-api and go into
 * {@code WEB-INF/classes}, where Liberty's GraphQL finds them. Nothing of this module is in the WAR: the annotation
 * is kept in the source only, and graphql-api depends on the module as {@code provided}.
 *
 * <p><b>Why generate classes at all.</b> Every list had the same three classes, written out again for each (26 files),
 * and every enum a filter of the same three operators (14 files),
 * differing only in their names, the node type, the attribute enum and a few words of their descriptions. A generic
 * {@code Connection<T>} returned by the resolvers cannot replace them: SmallRye GraphQL, the engine in Open Liberty,
 * names each use of a generic type after its type arguments, joined by an underscore ({@code Connection_Unit}), so the
 * schema's {@code UnitConnection}, {@code UnitEdge} and their descriptions would change. The published SDL is a contract
 * ({@code graphql-api/src/main/graphql/schema.graphql}, checked byte for byte against the server's by SchemaContractIT):
 * each list needs a class of its own with its own {@code @Type} and {@code @Description}, and generating them keeps
 * the names and the words while the code is written once, here.
 *
 * <p><b>Why an annotation processor rather than a generator run by Maven.</b> It runs inside the compiler, over the
 * compiler's own model of the code: it reads the view's GraphQL name from its {@code @Type} and the attribute enum as
 * a type, checks that the list's {@code <T>OrderField} exists, and reports a declaration it cannot serve as a compile
 * error on that declaration. The declaration is Java, beside the view it is about, with no input format or file of
 * its own; the build needs no plugin beyond the compiler's, and IDEs run the processor as they compile. A generator
 * run by Maven would need its own input (or would have to parse Java) and its own step before the compilation.
 *
 * <p>What differs irregularly from list to list is declared (the phrases of {@link vn.cchc.processor.ListOf}); what
 * every list says alike ("A page of ...", "... of this page with their cursors.", "What to order by.", "Which end
 * first; default ASC.") is said once, in {@link vn.cchc.processor.ListSources} and
 * {@link vn.cchc.processor.EnumFilterProcessor}. The order fields ({@code <T>OrderField}, a description and the
 * attributes for each value), the entity filters and the resolvers stay written by hand.
 */
package vn.cchc.processor;
