/**
 * Data-quality findings (phát hiện về chất lượng số liệu): named rules that read what one unit reported on one period
 * beside the directory, the dossier records and its own history, and the findings they raise, kept with a status
 * that Home Affairs and the unit move (open, acknowledged with a comment, resolved). The rules themselves are in
 * {@code rule}, one class each; {@link FindingRules} is their catalogue.
 */
package vn.cchc.domain.finding;
