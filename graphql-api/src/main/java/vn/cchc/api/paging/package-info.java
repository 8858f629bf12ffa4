/** The one paging model of the API: Relay-style connections with opaque cursors, at most 100 items a page. */
package vn.cchc.api.paging;
