;;; eglot-check.el --- drives Eglot (Emacs --batch) with docs/editors/crosscheck-eglot.el  -*- lexical-binding: t; -*-
;; In a folder holding articles/*.txt: waits for diagnostics, asks for a hover, a definition and code actions, and
;; writes what came back as JSON to $CROSSCHECK_CHECK_OUT for test/protocol/editors.test.ts to assert.
(require 'json)
(defvar check-003 (expand-file-name (car (file-expand-wildcards "articles/003_*.txt"))))
(defvar check-result nil)
(defun check-put (key value) (push (cons key value) check-result))

(defun check-wait-for-diagnostics ()
  ;; Batch Emacs runs no commands, so the hooks Eglot and Flymake defer to the next command are run by hand.
  (run-hooks 'post-command-hook)
  (with-timeout (20 nil)
    (while (null (flymake-diagnostics))
      (run-hooks 'post-command-hook)
      (when (bound-and-true-p flymake-mode) (flymake-start))
      (accept-process-output nil 0.2))))

(find-file (car (file-expand-wildcards "articles/004_*.txt")))
(check-put 'mode (symbol-name major-mode))
(check-wait-for-diagnostics)
(let ((server (eglot-current-server)))
  (check-put 'diagnostics (vconcat (mapcar #'flymake-diagnostic-text (flymake-diagnostics))))
  (goto-char (point-min))
  (search-forward "Takaichi")
  (backward-char 3)
  (check-put 'hover (plist-get (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams)) :contents))
  (let ((definition (jsonrpc-request server :textDocument/definition (eglot--TextDocumentPositionParams))))
    (check-put 'definition (file-name-nondirectory (eglot--uri-to-path (plist-get (if (vectorp definition) (aref definition 0) definition) :uri)))))
  (find-file check-003)
  (check-wait-for-diagnostics)
  (let (titles)
    (dolist (diagnostic (flymake-diagnostics))
      (let ((actions (jsonrpc-request server :textDocument/codeAction
                                      (list :textDocument (eglot--TextDocumentIdentifier)
                                            :range (list :start (eglot--pos-to-lsp-position (flymake-diagnostic-beg diagnostic))
                                                         :end (eglot--pos-to-lsp-position (flymake-diagnostic-end diagnostic)))
                                            :context (list :diagnostics (vector (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data diagnostic)))))))))
        (mapc (lambda (action) (push (plist-get action :title) titles)) actions)))
    (check-put 'actions (vconcat (nreverse titles))))
  (accept-process-output nil 0.5)
  (check-put 'events (with-current-buffer (jsonrpc-events-buffer server) (buffer-string)))
  (check-put 'messages (with-current-buffer "*Messages*" (buffer-string))))

(with-temp-file (getenv "CROSSCHECK_CHECK_OUT")
  (insert (let ((json-encoding-pretty-print nil)) (json-encode check-result))))
(kill-emacs 0)
;;; eglot-check.el ends here
