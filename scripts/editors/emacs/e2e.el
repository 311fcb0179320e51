;;; e2e.el --- Emacs + Eglot end-to-end test of tla-gen-lsp  -*- lexical-binding: t; -*-

;; Run by ../emacs-e2e.sh: emacs --batch -l e2e.el (without -Q: Debian's
;; elpa-eglot is loaded from site-lisp).  Environment:
;;   TLA_GEN_EL   editors/emacs/tla-gen-lsp.el
;;   LSP_BIN      the tla-gen-lsp binary
;;   WS           a folder holding counter.py and counter.draft.md
;;   MODEL_URL    base URL of the scripted model server (fakeopenai)
;;   EXPECT_DIAG  text the generated spec's diagnostic must contain
;; Prints "PASS name" / "FAIL name: why" and exits 0 only if all passed.

;;; Code:

(package-initialize)
(require 'cl-lib)
(load (getenv "TLA_GEN_EL") nil t)
(require 'flymake)

(setq eglot-sync-connect t
      eglot-confirm-server-initiated-edits nil
      tla-gen-lsp-program (getenv "LSP_BIN")
      tla-gen-lsp-settings (list :baseURL (getenv "MODEL_URL") :model "e2e-model" :maxRepairRounds 0
                                 :modelCheckAfterGenerate :json-false))

(defvar e2e-failures 0)
(defvar e2e-published nil
  "(URI . number of diagnostics) of every publishDiagnostics, latest first.")
(cl-defmethod eglot-handle-notification :before
  (_server (_method (eql textDocument/publishDiagnostics)) &key uri diagnostics &allow-other-keys)
  (push (cons uri (length diagnostics)) e2e-published)
  (message "publishDiagnostics %s: %d" uri (length diagnostics)))
(defvar e2e-progress-requests 0
  "window/workDoneProgress/create requests: eglot 1.9 does not advertise progress.")
(cl-defmethod eglot-handle-request :before
  (_server (_method (eql window/workDoneProgress/create)) &rest _)
  (cl-incf e2e-progress-requests))

(defun e2e-wait (what pred seconds)
  "Process events until PRED is non-nil or SECONDS pass; fail with WHAT."
  (let ((end (+ (float-time) seconds)))
    (while (and (not (funcall pred)) (< (float-time) end))
      (accept-process-output nil 0.05))
    (or (funcall pred) (error "Timed out after %ss waiting for %s" seconds what))))

(defmacro e2e-scenario (name &rest body)
  "Run BODY as scenario NAME, printing PASS or FAIL."
  (declare (indent 1))
  `(let ((t0 (float-time)))
     (condition-case err
         (progn ,@body
                (princ (format "PASS emacs/%s (%.1fs)\n" ,name (- (float-time) t0))))
       (error (cl-incf e2e-failures)
              (princ (format "FAIL emacs/%s: %s\n" ,name (error-message-string err)))))))

(let* ((ws (file-name-as-directory (getenv "WS")))
       (spec (expand-file-name "Counter.tla" ws))
       (expect (getenv "EXPECT_DIAG"))
       spec-buffer)
  (add-hook 'tla-gen-lsp-after-generate-functions (lambda (b) (setq spec-buffer b)))

  (e2e-scenario "code-action-generate"
    (find-file (expand-file-name "counter.py" ws))
    (unless (eq major-mode 'python-mode) (error "counter.py is in %s" major-mode))
    ;; M-x eglot (eglot-ensure waits for a command loop that batch mode lacks).
    (apply #'eglot (eglot--guess-contact))
    (e2e-wait "eglot to manage counter.py" #'eglot-managed-p 20)
    ;; The user path: M-x eglot-code-actions, the menu answered with the
    ;; generate action.
    (let* ((actions (eglot-code-actions (point-min) (point-min)))
           (titles (mapcar (lambda (a) (plist-get a :title)) actions))
           (title (cl-find-if (lambda (s) (string-prefix-p "Generate TLA+ spec" s)) titles)))
      (message "code actions: %S" titles)
      (unless title (error "No generate action among %S" titles))
      ;; A keyboard user (so the minibuffer, not a mouse menu) picks it.
      (let ((last-nonmenu-event ?\r))
        (cl-letf (((symbol-function 'completing-read) (lambda (&rest _) title)))
          (eglot-code-actions (point-min) (point-min) nil t))))
    (e2e-wait "Counter.tla on disk" (lambda () (file-exists-p spec)) 60)
    (e2e-wait "the spec opened in Emacs" (lambda () spec-buffer) 30))

  (e2e-scenario "flymake-diagnostics"
    (unless spec-buffer (error "No spec buffer"))
    (with-current-buffer spec-buffer
      (unless (eq major-mode 'tla-gen-tla-mode) (error "Counter.tla is in %s" major-mode))
      (e2e-wait "eglot to manage Counter.tla" #'eglot-managed-p 20)
      ;; Flymake starts its backends from idle timers and post-command-hook,
      ;; which batch mode never runs: start it by hand, as those would.
      (e2e-wait (format "a Flymake diagnostic containing %S" expect)
                (lambda ()
                  (flymake-start)
                  (cl-some (lambda (d) (string-search expect (flymake-diagnostic-text d)))
                           (flymake-diagnostics)))
                30)
      (dolist (d (flymake-diagnostics))
        (message "diagnostic: line %d: %s" (line-number-at-pos (flymake-diagnostic-beg d))
                 (flymake-diagnostic-text d)))))

  (e2e-scenario "no-diagnostics-flicker"
    ;; Once the spec's errors are shown they stay: no empty list in between
    ;; (opening the new spec used to revert its buffer, which Eglot sends
    ;; as didClose + didOpen).
    (let* ((counts (nreverse (mapcar #'cdr (cl-remove-if-not
                                           (lambda (p) (string-suffix-p "/Counter.tla" (car p)))
                                           e2e-published))))
           (after-first (cdr (cl-member-if (lambda (n) (> n 0)) counts))))
      (message "Counter.tla publications: %S" counts)
      (unless (cl-some (lambda (n) (> n 0)) counts)
        (error "No diagnostics were published for Counter.tla: %S" counts))
      (when (memq 0 after-first)
        (error "Counter.tla's diagnostics flickered: %S" counts))))

  (e2e-scenario "show-generation-log"
    (unless spec-buffer (error "No spec buffer"))
    (let ((log (expand-file-name ".tla-gen/Counter/generation.log" ws)))
      (with-current-buffer spec-buffer (tla-gen-lsp-show-generation-log))
      (e2e-wait "the generation log in a buffer" (lambda () (get-file-buffer log)) 20)
      (with-current-buffer (get-file-buffer log)
        (unless (string-search "Counter.tla" (buffer-string))
          (error "The log does not name Counter.tla: %S" (buffer-string))))))

  (e2e-scenario "no-progress-without-capability"
    (unless (zerop e2e-progress-requests)
      (error "The server sent %d window/workDoneProgress/create request(s) to a client that does not advertise window.workDoneProgress"
             e2e-progress-requests)))

  (e2e-scenario "model-check"
    ;; M-x tla-gen-lsp-model-check on Bounded.tla (with Bounded.cfg): the
    ;; violated invariant shows in Flymake and the counterexample opens as
    ;; the trace document.
    (let ((bounded (expand-file-name "Bounded.tla" ws))
          (trace (expand-file-name ".tla-gen/Bounded/trace.tla" ws)))
      (with-current-buffer (find-file-noselect bounded)
        (unless (eq major-mode 'tla-gen-tla-mode) (error "Bounded.tla is in %s" major-mode))
        (apply #'eglot (eglot--guess-contact))
        (e2e-wait "eglot to manage Bounded.tla" #'eglot-managed-p 20)
        (tla-gen-lsp-model-check)
        (e2e-wait "the trace document in a buffer" (lambda () (get-file-buffer trace)) 30)
        (e2e-wait "a Flymake diagnostic about the violated invariant"
                  (lambda ()
                    (flymake-start)
                    (cl-some (lambda (d) (string-search "Invariant Small is violated." (flymake-diagnostic-text d)))
                             (flymake-diagnostics)))
                  30)
        (let ((d (cl-find-if (lambda (d) (string-search "Invariant Small" (flymake-diagnostic-text d)))
                             (flymake-diagnostics))))
          (message "model check diagnostic: line %d: %s"
                   (line-number-at-pos (flymake-diagnostic-beg d)) (flymake-diagnostic-text d))
          (unless (= (line-number-at-pos (flymake-diagnostic-beg d)) 15)
            (error "The violation is on line %d, want 15 (Small)" (line-number-at-pos (flymake-diagnostic-beg d))))))
      (with-current-buffer (get-file-buffer trace)
        (unless (string-search "/\\ count = 3    <- changed" (buffer-string))
          (error "The trace document lacks the changed count: %S" (buffer-string))))))

  (ignore-errors (eglot-shutdown (eglot-current-server)))
  (kill-emacs (if (zerop e2e-failures) 0 1)))

;;; e2e.el ends here
