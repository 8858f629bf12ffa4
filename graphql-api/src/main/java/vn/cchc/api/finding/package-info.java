/** Data-quality findings over GraphQL: the list, the rules, the ranking, running the rules and moving a finding. */
package vn.cchc.api.finding;
