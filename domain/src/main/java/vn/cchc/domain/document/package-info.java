/** Documents (văn bản) and plans (kế hoạch) with their tasks (nhiệm vụ), their numbers (số hiệu) and the links between them. */
package vn.cchc.domain.document;
