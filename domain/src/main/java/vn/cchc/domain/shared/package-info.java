/** What every aggregate shares: the domain's one exception type and the paging vocabulary of repositories. */
package vn.cchc.domain.shared;
