;;; crosscheck-eglot.el --- Crosscheck in Emacs 28+ with Eglot  -*- lexical-binding: t; -*-
;; Load it from init.el: (load "/path/to/crosscheck-eglot.el"). It needs `crosscheck-language-server' on PATH
;; (npm install -g crosscheck-0.1.0.tgz) and Eglot (built in from Emacs 29; Debian's elpa-eglot for Emacs 28).
;; The workspace folder is Eglot's project: the version-controlled folder around the file.

(require 'eglot)

(define-derived-mode article-mode text-mode "Article"
  "News articles, checked against each other by Crosscheck.")

;; .article and .news files are News Articles; add patterns here for your .txt articles.
(add-to-list 'auto-mode-alist '("\\.\\(?:article\\|news\\)\\'" . article-mode))
(add-to-list 'auto-mode-alist '("/articles/.*\\.txt\\'" . article-mode))

;; The corpus: the same settings as VS Code's crosscheck.* (see docs/EDITORS.md), given at start.
(add-to-list 'eglot-server-programs
             '(article-mode . ("crosscheck-language-server" "--stdio"
                               :initializationOptions
                               (:settings (:corpus ["**/*.article" "**/*.news" "articles/**/*.txt"])))))

(add-hook 'article-mode-hook #'eglot-ensure)
;;; crosscheck-eglot.el ends here
