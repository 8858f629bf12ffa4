/** Recording documents and plans (văn bản, kế hoạch), the links between them and the tasks of plans (nhiệm vụ). */
package vn.cchc.application.document;
