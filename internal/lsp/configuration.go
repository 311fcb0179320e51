package lsp

import (
	"bytes"
	"context"
	"encoding/json"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
)

// settingsSectionName is the settings section the server reads.
const settingsSectionName = "tlaGen"

// settingsSection returns the tlaGen settings object from raw, which is
// either {"tlaGen": {...}} or the bare section. It returns nil when raw
// holds no object.
func settingsSection(raw json.RawMessage) []byte {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || raw[0] != '{' {
		return nil
	}
	var wrapped map[string]json.RawMessage
	if err := json.Unmarshal(raw, &wrapped); err != nil {
		return nil
	}
	if inner, ok := wrapped[settingsSectionName]; ok {
		inner = bytes.TrimSpace(inner)
		if len(inner) > 0 && inner[0] == '{' {
			return inner
		}
		return nil
	}
	return raw
}

// mergeSettings decodes each layer over the previous one, so a field set in
// a later layer (workspace/configuration) wins over the same field in an
// earlier one (initializationOptions), and unset fields are kept.
func mergeSettings(logf func(string, ...any), layers ...[]byte) config.Settings {
	var s config.Settings
	for _, layer := range layers {
		if len(layer) == 0 {
			continue
		}
		next := s
		if err := json.Unmarshal(layer, &next); err != nil {
			logf("ignoring malformed %s settings: %v", settingsSectionName, err)
			continue
		}
		s = next
	}
	return s
}

// configurationItem is one item of workspace/configuration's params.
type configurationItem struct {
	Section string `json:"section"`
}

// currentSettings are the settings a command runs with: asked of the
// client first when it answers workspace/configuration, since settings
// may have changed without a notification (or the pull after initialized
// may still be on its way).
func (s *Server) currentSettings(ctx context.Context) config.Effective {
	if s.capabilities().configuration {
		s.pullConfiguration(ctx)
	}
	return s.effective()
}

// pullConfiguration asks the client for the tlaGen section and applies it.
// It waits for the client, so it never runs on the read goroutine.
func (s *Server) pullConfiguration(ctx context.Context) {
	var result []json.RawMessage
	params := map[string]any{"items": []configurationItem{{Section: settingsSectionName}}}
	if err := s.client.call(ctx, "workspace/configuration", params, &result); err != nil {
		s.logf("workspace/configuration: %v", err)
		return
	}
	if len(result) == 0 {
		return
	}
	s.applyPulledSettings(settingsSection(result[0]))
}

// applyPulledSettings stores the client's current settings and re-checks
// open modules, whose library paths may have changed.
func (s *Server) applyPulledSettings(section []byte) {
	if section == nil {
		return
	}
	s.mu.Lock()
	initOptions, unchanged := s.initOptions, bytes.Equal(section, s.pulled)
	s.mu.Unlock()
	if unchanged {
		return
	}
	settings := mergeSettings(s.logf, initOptions, section)
	s.mu.Lock()
	s.pulled = section
	s.settings = settings
	s.mu.Unlock()
	s.logf("settings: %s", s.effective())
	s.diags.checkAllOpen()
}

// didChangeConfigurationParams keeps settings raw: they are ours.
type didChangeConfigurationParams struct {
	Settings json.RawMessage `json:"settings"`
}

// handleDidChangeConfiguration takes settings pushed with the notification,
// and pulls them when the client supports workspace/configuration (VS Code
// sends null settings and expects the pull).
func handleDidChangeConfiguration(_ context.Context, s *Server, params json.RawMessage) {
	var p didChangeConfigurationParams
	if err := decodeParams("workspace/didChangeConfiguration", params, &p); err != nil {
		s.logf("%v", err)
	} else if section := pushedSection(p.Settings); section != nil {
		s.applyPulledSettings(section)
	}
	if s.capabilities().configuration {
		go s.pullConfiguration(context.Background())
	}
}

// pushedSection accepts only the wrapped form {"tlaGen": {...}} from
// didChangeConfiguration: clients push all their settings there.
func pushedSection(raw json.RawMessage) []byte {
	var wrapped map[string]json.RawMessage
	if json.Unmarshal(raw, &wrapped) != nil {
		return nil
	}
	if _, ok := wrapped[settingsSectionName]; !ok {
		return nil
	}
	return settingsSection(raw)
}
