/** Documents (văn bản) and plans (kế hoạch), their numbers (số hiệu) and the links between them. */
package vn.cchc.domain.document;
