;;; tla-gen-lsp.el --- Eglot set-up for the tla-gen-lsp language server  -*- lexical-binding: t; -*-

;; Keywords: languages, tools, tla+
;; Package-Requires: ((emacs "27.1") (eglot "1.9"))

;;; Commentary:

;; tla-gen-lsp checks TLA+ modules as SANY does and generates TLA+ specs
;; from source code and its draft analysis with a language model.  This file
;; wires it into Eglot:
;;
;;   (add-to-list 'load-path "/path/to/tla-gen-lsp/editors/emacs")
;;   (require 'tla-gen-lsp)
;;   (setq tla-gen-lsp-program "/path/to/tla-gen-lsp")   ; if not on PATH
;;   (setq tla-gen-lsp-settings '(:model "gpt-4o-mini" :baseURL "http://127.0.0.1:11434/v1"))
;;   (add-hook 'tla-gen-tla-mode-hook #'eglot-ensure)
;;
;; - `.tla' files get `tla-gen-tla-mode' unless another mode already claims
;;   them (e.g. tla+-mode), in which case add that mode to
;;   `tla-gen-lsp-tla-modes'.
;; - Eglot runs one server per buffer.  The source modes in
;;   `tla-gen-lsp-source-modes' are served by tla-gen-lsp, for the code
;;   action "Generate TLA+ spec from <draft>" (M-x eglot-code-actions) or
;;   M-x tla-gen-lsp-generate-spec.  Leave a mode out of that list if you
;;   use another server (gopls, clangd…) for it.
;; - M-x tla-gen-lsp-generate-draft writes a draft analysis next to the
;;   source for review; M-x tla-gen-lsp-show-generation-log opens the log
;;   of the current spec's (or source's) last generation.
;; - Settings (`tla-gen-lsp-settings', the "tlaGen" section: model,
;;   baseURL, apiType, apiVersion, apiKeyEnv, temperature, maxTokens, timeout, stream,
;;   promptFile, draftNames, libraryPaths, offline, maxRepairRounds,
;;   repairConformance, contextWindow, debounceMillis, checker,
;;   tla2toolsJar, javaPath, modelCheckMaxStates, modelCheckTimeout,
;;   maxRuntimeRounds, modelCheckOnSave, modelCheckAfterGenerate) are sent
;;   as initializationOptions and answer the
;;   server's workspace/configuration requests.  The API key comes from the
;;   environment variable (OPENAI_API_KEY, or the one named by apiKeyEnv):
;;   keep it out of your init file.
;; - M-x tla-gen-lsp-model-check model-checks the current spec (or .cfg)
;;   with its <Module>.cfg, M-x tla-gen-lsp-generate-config writes one:
;;   the verdict shows with Flymake (source tlc) and the counterexample
;;   opens as .tla-gen/<Module>/trace.tla.  A .cfg with its module beside
;;   it opens in `tla-gen-cfg-mode', served by tla-gen-lsp (its names are
;;   checked against the module).
;; - Generation can take minutes: the command runs asynchronously, and
;;   when it is done the spec is opened, so that its diagnostics show
;;   with Flymake.

;;; Code:

(require 'eglot)
(require 'cl-lib)

(defgroup tla-gen-lsp nil
  "TLA+ checking and generation with the tla-gen-lsp language server."
  :group 'tools
  :prefix "tla-gen-lsp-")

(defcustom tla-gen-lsp-program "tla-gen-lsp"
  "The tla-gen-lsp executable (a name on `exec-path' or a file name)."
  :type 'string)

(defcustom tla-gen-lsp-settings nil
  "The \"tlaGen\" settings section, as a plist, e.g. (:model \"gpt-4o-mini\").
Keys are the server's JSON names (see the VS Code extension's settings).
Never put the API key here: set it in the environment."
  :type 'plist)

(defcustom tla-gen-lsp-tla-modes '(tla-gen-tla-mode)
  "Major modes of TLA+ buffers served by tla-gen-lsp."
  :type '(repeat symbol))

(defcustom tla-gen-lsp-source-modes
  '(python-mode c-mode c++-mode java-mode js-mode typescript-mode go-mode rust-mode)
  "Major modes of source buffers served by tla-gen-lsp, for the generate action.
Eglot gives each buffer one server: leave out modes served by another one."
  :type '(repeat symbol))

;;;; A minimal major mode for .tla files, for when none is installed.

(defconst tla-gen-tla--keywords
  '("MODULE" "EXTENDS" "CONSTANT" "CONSTANTS" "VARIABLE" "VARIABLES" "ASSUME"
    "THEOREM" "LOCAL" "INSTANCE" "WITH" "LET" "IN" "IF" "THEN" "ELSE" "CASE"
    "OTHER" "CHOOSE" "EXCEPT" "UNCHANGED" "ENABLED" "DOMAIN" "SUBSET" "UNION"
    "RECURSIVE" "LAMBDA" "TRUE" "FALSE" "BOOLEAN"))

(defvar tla-gen-tla-mode-syntax-table
  (let ((st (make-syntax-table)))
    ;; (* block comments *), which nest; \* line comments are style b,
    ;; marked by `tla-gen-tla--syntax-propertize'.
    (modify-syntax-entry ?\( "()1n" st)
    (modify-syntax-entry ?\) ")(4n" st)
    (modify-syntax-entry ?* ". 23n" st)
    (modify-syntax-entry ?\n "> b" st)
    (modify-syntax-entry ?\\ "." st)
    (modify-syntax-entry ?' "." st)
    (modify-syntax-entry ?_ "w" st)
    st)
  "Syntax table of `tla-gen-tla-mode'.")

(defconst tla-gen-tla--syntax-propertize
  (syntax-propertize-rules ("\\(\\\\\\)\\*" (1 "< b")))
  "Makes \\* start a line comment.")

;;;###autoload
(define-derived-mode tla-gen-tla-mode prog-mode "TLA+"
  "Major mode for TLA+ modules, with tla-gen-lsp's diagnostics through Eglot."
  (setq-local comment-start "\\* ")
  (setq-local comment-start-skip "\\(?:\\\\\\*+\\|(\\*+\\)[ \t]*")
  (setq-local comment-end "")
  (setq-local syntax-propertize-function tla-gen-tla--syntax-propertize)
  (setq-local font-lock-defaults
              `(((,(regexp-opt tla-gen-tla--keywords 'words) . font-lock-keyword-face)
                 ("^\\s-*\\([[:alpha:]_][[:alnum:]_]*\\)\\s-*\\(?:(.*)\\)?\\s-*==" 1 font-lock-function-name-face)))))

;;;###autoload
(unless (assoc-default "x.tla" auto-mode-alist #'string-match)
  (add-to-list 'auto-mode-alist '("\\.tla\\'" . tla-gen-tla-mode)))

;;;###autoload
(define-derived-mode tla-gen-cfg-mode prog-mode "TLC-cfg"
  "Major mode for TLC model configurations, checked by tla-gen-lsp."
  (setq-local comment-start "\\* ")
  (setq-local comment-end "")
  (setq-local syntax-propertize-function tla-gen-tla--syntax-propertize)
  (setq-local font-lock-defaults
              `(((,(regexp-opt '("CONSTANT" "CONSTANTS" "INIT" "NEXT" "SPECIFICATION" "INVARIANT" "INVARIANTS"
                                 "PROPERTY" "PROPERTIES" "CONSTRAINT" "CONSTRAINTS" "ACTION_CONSTRAINT"
                                 "ACTION_CONSTRAINTS" "SYMMETRY" "VIEW" "ALIAS" "POSTCONDITION" "CHECK_DEADLOCK")
                               'words)
                  . font-lock-keyword-face)))))

(defun tla-gen-lsp--maybe-cfg-mode ()
  "Use `tla-gen-cfg-mode' for M.cfg when M.tla is beside it.
Other .cfg files (setup.cfg…) keep their mode."
  (when (and buffer-file-name
             (string-match-p "\\.cfg\\'" buffer-file-name)
             (file-exists-p (concat (file-name-sans-extension buffer-file-name) ".tla"))
             (not (derived-mode-p 'tla-gen-cfg-mode)))
    (tla-gen-cfg-mode)))

;;;###autoload
(add-hook 'find-file-hook #'tla-gen-lsp--maybe-cfg-mode)

;;;; Eglot

(defclass tla-gen-lsp-server (eglot-lsp-server) ()
  :documentation "An Eglot connection to tla-gen-lsp.")

(defun tla-gen-lsp--settings-object ()
  "The settings as a JSON object (an empty one when unset)."
  (or tla-gen-lsp-settings (make-hash-table)))

(cl-defmethod eglot-initialization-options ((_server tla-gen-lsp-server))
  "Send `tla-gen-lsp-settings' as the \"tlaGen\" section."
  (list :tlaGen (tla-gen-lsp--settings-object)))

(cl-defmethod eglot-handle-request
  ((_server tla-gen-lsp-server) (_method (eql workspace/configuration)) &key items)
  "Answer the \"tlaGen\" section with `tla-gen-lsp-settings'."
  (apply #'vector
         (mapcar (lambda (item)
                   (if (equal (plist-get item :section) "tlaGen")
                       (tla-gen-lsp--settings-object)
                     nil))
                 items)))

(cl-defmethod eglot-execute-command ((server tla-gen-lsp-server) command arguments)
  "Ask SERVER to run COMMAND with ARGUMENTS without blocking Emacs.
Generation takes as long as the model, far beyond Eglot's request timeout;
when it is done, the new spec is opened."
  (let ((name (format "%s" command)))
    (jsonrpc-async-request
     server :workspace/executeCommand `(:command ,name :arguments ,arguments)
     :timeout nil
     :success-fn (lambda (result) (tla-gen-lsp--command-done name result))
     :error-fn (lambda (err)
                 (message "tla-gen-lsp: %s failed: %s" name (plist-get err :message))))
    (message "tla-gen-lsp: %s running…" name)))

(defvar tla-gen-lsp-after-generate-functions nil
  "Functions called with the buffer of a newly generated spec.")

(defun tla-gen-lsp--visit (uri)
  "Display the file at URI and return its buffer.
A buffer that was open already shows the old text: it is reverted.  Only
then: Eglot turns a revert into didClose + didOpen, and the server clears
a closed file's diagnostics, so reverting a buffer just visited made
Flymake show the spec's errors, none, then them again."
  (let* ((file (eglot--uri-to-path uri))
         (open (get-file-buffer file))
         (buffer (or open (find-file-noselect file))))
    (when (and open (not (verify-visited-file-modtime open)))
      (with-current-buffer open
        (revert-buffer t t t)))
    (display-buffer buffer)
    buffer))

(defun tla-gen-lsp--command-done (command result)
  "Report COMMAND's RESULT; open the spec, draft or log it names, if any.
Eglot 1.9 has no window/showDocument, so the server cannot show them."
  (let ((spec (and (listp result) (plist-get result :specUri)))
        (trace (and (listp result) (plist-get result :traceUri)))
        (other (and (listp result)
                    (or (plist-get result :draftUri)
                        (plist-get result :configUri)
                        (and (not (eq (plist-get result :shown) t)) (plist-get result :uri))))))
    (cond
     ((and (listp result) (plist-get result :summary) (not spec))
      (when trace (tla-gen-lsp--visit trace))
      (message "tla-gen-lsp: %s%s" (plist-get result :summary)
               (if-let ((v (plist-get result :violation))) (concat "; " v) "")))
     (spec
      (let ((buffer (tla-gen-lsp--visit spec)))
        (message "tla-gen-lsp: wrote %s (%s error(s))"
                 (buffer-file-name buffer) (plist-get result :errors))
        (run-hook-with-args 'tla-gen-lsp-after-generate-functions buffer)))
     (other
      (message "tla-gen-lsp: %s: %s" command (buffer-file-name (tla-gen-lsp--visit other))))
     (t (message "tla-gen-lsp: %s done" command)))))

;;;###autoload
(defun tla-gen-lsp-generate-spec ()
  "Generate a TLA+ spec from the current source file and its draft analysis."
  (interactive)
  (unless buffer-file-name (user-error "This buffer visits no file"))
  (eglot-execute-command (eglot--current-server-or-lose) 'tlaGen.generateSpec
                         (vector (list :uri (eglot--path-to-uri buffer-file-name)))))

;;;###autoload
(defun tla-gen-lsp-check-module ()
  "Check the current .tla file again now."
  (interactive)
  (unless buffer-file-name (user-error "This buffer visits no file"))
  (eglot-execute-command (eglot--current-server-or-lose) 'tlaGen.checkModule
                         (vector (list :uri (eglot--path-to-uri buffer-file-name)))))

;;;###autoload
(defun tla-gen-lsp-generate-draft ()
  "Generate a draft analysis of the current source file, for review."
  (interactive)
  (unless buffer-file-name (user-error "This buffer visits no file"))
  (eglot-execute-command (eglot--current-server-or-lose) 'tlaGen.generateDraft
                         (vector (list :uri (eglot--path-to-uri buffer-file-name)))))

;;;###autoload
(defun tla-gen-lsp-model-check ()
  "Model-check the current spec (or .cfg) with its model configuration."
  (interactive)
  (unless buffer-file-name (user-error "This buffer visits no file"))
  (eglot-execute-command (eglot--current-server-or-lose) 'tlaGen.modelCheck
                         (vector (list :uri (eglot--path-to-uri buffer-file-name)))))

;;;###autoload
(defun tla-gen-lsp-generate-config ()
  "Write <Module>.cfg for the current spec, from its declarations and draft."
  (interactive)
  (unless buffer-file-name (user-error "This buffer visits no file"))
  (eglot-execute-command (eglot--current-server-or-lose) 'tlaGen.generateConfig
                         (vector (list :uri (eglot--path-to-uri buffer-file-name)))))

;;;###autoload
(defun tla-gen-lsp-show-generation-log ()
  "Open the generation log of the current spec or source file."
  (interactive)
  (unless buffer-file-name (user-error "This buffer visits no file"))
  (eglot-execute-command (eglot--current-server-or-lose) 'tlaGen.showGenerationLog
                         (vector (list :uri (eglot--path-to-uri buffer-file-name)))))

(defun tla-gen-lsp--contact (&optional _interactive)
  "How Eglot starts the server: our class, then the command.
A function, so that `tla-gen-lsp-program' is read when the server starts."
  (list 'tla-gen-lsp-server tla-gen-lsp-program "serve"))

;;;###autoload
(defun tla-gen-lsp-register ()
  "Add tla-gen-lsp to `eglot-server-programs' for TLA+ and source modes."
  (add-to-list 'eglot-server-programs
               `((,@(mapcar (lambda (m) (list m :language-id "tlaplus")) tla-gen-lsp-tla-modes)
                  (tla-gen-cfg-mode :language-id "tlaplus-cfg")
                  ,@tla-gen-lsp-source-modes)
                 . tla-gen-lsp--contact)))

(tla-gen-lsp-register)

(provide 'tla-gen-lsp)
;;; tla-gen-lsp.el ends here
