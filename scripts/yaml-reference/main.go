// Command yaml-reference prints how two Go consumers read YAML manifests, for rollout-guard's
// differential tests. It reads JSON lines on stdin, each {"input": "<file text>"}, and writes one
// JSON line per input: {"kubectl": [...], "kustomize": [...]} with each reading's non-null
// documents, or "kubectlError" / "kustomizeError" in place of a reading that failed.
//
// kubectl: a text whose first non-space byte (within the first 4096) is '{' is a stream of JSON
// values read by encoding/json; any other text is split into chunks on lines that begin with
// "---" (the rest of such a line must be blank or a comment), and each chunk is read by
// sigs.k8s.io/yaml (go-yaml v2 Unmarshal, first document only, then converted to JSON). This is
// what k8s.io/apimachinery's YAMLOrJSONDecoder does for kubectl, Argo CD and Helm.
//
// kustomize: the whole text is read by go-yaml v3's Decoder, document after document, and each
// value is converted to JSON with the key rules of sigs.k8s.io/yaml.
//
// Where sigs.k8s.io/yaml's output would depend on Go's map order (two keys that become the same
// JSON key, such as 1 and "1"), the reading is reported as an error instead.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode"

	yaml2 "gopkg.in/yaml.v2"
	yaml3 "gopkg.in/yaml.v3"
	"sigs.k8s.io/yaml"
)

type request struct {
	Input string `json:"input"`
}

type answer struct {
	Kubectl        *[]json.RawMessage `json:"kubectl,omitempty"`
	KubectlError   string             `json:"kubectlError,omitempty"`
	Kustomize      *[]json.RawMessage `json:"kustomize,omitempty"`
	KustomizeError string             `json:"kustomizeError,omitempty"`
}

func main() {
	in := bufio.NewReaderSize(os.Stdin, 1<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for {
		line, err := in.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			var req request
			if jerr := json.Unmarshal(line, &req); jerr != nil {
				fmt.Fprintln(os.Stderr, "bad request:", jerr)
				os.Exit(2)
			}
			data := []byte(req.Input)
			var a answer
			if docs, rerr := kubectlReading(data); rerr != nil {
				a.KubectlError = rerr.Error()
			} else {
				a.Kubectl = nonNil(docs)
			}
			if docs, rerr := kustomizeReading(data); rerr != nil {
				a.KustomizeError = rerr.Error()
			} else {
				a.Kustomize = nonNil(docs)
			}
			encoded, merr := json.Marshal(a)
			if merr != nil {
				encoded, _ = json.Marshal(answer{KubectlError: "reference: " + merr.Error(), KustomizeError: "reference: " + merr.Error()})
			}
			out.Write(encoded)
			out.WriteByte('\n')
		}
		if err == io.EOF {
			return
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "read:", err)
			os.Exit(2)
		}
	}
}

// nonNil keeps an empty list as [] rather than dropping the field.
func nonNil(docs []json.RawMessage) *[]json.RawMessage {
	if docs == nil {
		docs = []json.RawMessage{}
	}
	return &docs
}

// guarded turns a panic inside a library (an unhashable key, say) into an error.
func guarded(f func() ([]json.RawMessage, error)) (docs []json.RawMessage, err error) {
	defer func() {
		if r := recover(); r != nil {
			docs, err = nil, fmt.Errorf("panic: %v", r)
		}
	}()
	return f()
}

func kubectlReading(data []byte) ([]json.RawMessage, error) {
	return guarded(func() ([]json.RawMessage, error) {
		peek := data
		if len(peek) > 4096 {
			peek = peek[:4096]
		}
		if bytes.HasPrefix(bytes.TrimLeftFunc(peek, unicode.IsSpace), []byte("{")) {
			return jsonStream(data)
		}
		var docs []json.RawMessage
		for _, chunk := range kubectlChunks(data) {
			if chunk.err != nil {
				return nil, chunk.err
			}
			var probe interface{}
			if err := yaml2.Unmarshal(chunk.text, &probe); err != nil {
				return nil, err
			}
			if err := collisions(probe); err != nil {
				return nil, err
			}
			converted, err := yaml.YAMLToJSON(chunk.text)
			if err != nil {
				return nil, err
			}
			if bytes.Equal(bytes.TrimSpace(converted), []byte("null")) {
				continue
			}
			docs = append(docs, json.RawMessage(converted))
		}
		return docs, nil
	})
}

type chunk struct {
	text []byte
	err  error
}

// kubectlChunks splits the text as apimachinery's YAMLReader does: lines end at '\n' (a '\r'
// before it is dropped), and a line starting with "---" ends the chunk before it.
func kubectlChunks(data []byte) []chunk {
	var chunks []chunk
	var current bytes.Buffer
	reader := bufio.NewReader(bytes.NewReader(data))
	for {
		var line bytes.Buffer
		var err error
		more := true
		for more && err == nil {
			var piece []byte
			piece, more, err = reader.ReadLine()
			line.Write(piece)
		}
		line.WriteByte('\n')
		text := line.Bytes()
		if bytes.HasPrefix(text, []byte("---")) {
			rest := strings.TrimSpace(string(text[3:]))
			if len(rest) > 0 && rest[0] != '#' {
				return append(chunks, chunk{err: fmt.Errorf("invalid Yaml document separator: %s", rest)})
			}
			if current.Len() != 0 {
				chunks = append(chunks, chunk{text: append([]byte(nil), current.Bytes()...)})
				current.Reset()
			}
			if err == io.EOF {
				return chunks
			}
			continue
		}
		if err == io.EOF {
			if current.Len() != 0 {
				chunks = append(chunks, chunk{text: append([]byte(nil), current.Bytes()...)})
			}
			return chunks
		}
		current.Write(text)
	}
}

func jsonStream(data []byte) ([]json.RawMessage, error) {
	decoder := json.NewDecoder(bytes.NewReader(data))
	var docs []json.RawMessage
	for {
		var value interface{}
		err := decoder.Decode(&value)
		if err == io.EOF {
			return docs, nil
		}
		if err != nil {
			return nil, err
		}
		if value == nil {
			continue
		}
		encoded, err := json.Marshal(value)
		if err != nil {
			return nil, err
		}
		docs = append(docs, encoded)
	}
}

func kustomizeReading(data []byte) ([]json.RawMessage, error) {
	return guarded(func() ([]json.RawMessage, error) {
		decoder := yaml3.NewDecoder(bytes.NewReader(data))
		var docs []json.RawMessage
		for {
			var value interface{}
			err := decoder.Decode(&value)
			if err == io.EOF {
				return docs, nil
			}
			if err != nil {
				return nil, err
			}
			if value == nil {
				continue
			}
			converted, err := jsonable(value)
			if err != nil {
				return nil, err
			}
			encoded, err := json.Marshal(converted)
			if err != nil {
				return nil, err
			}
			docs = append(docs, encoded)
		}
	})
}

// keyString names a non-string key as sigs.k8s.io/yaml's YAMLToJSON does; time.Time and uint64
// keys (which only go-yaml v3 and large numbers produce) are written as JSON would write them.
func keyString(key interface{}) (string, error) {
	switch k := key.(type) {
	case string:
		return k, nil
	case int:
		return strconv.Itoa(k), nil
	case int64:
		return strconv.FormatInt(k, 10), nil
	case uint64:
		return strconv.FormatUint(k, 10), nil
	case float64:
		// As sigs.k8s.io/yaml writes a float key: at float32 precision.
		switch s := strconv.FormatFloat(k, 'g', -1, 32); s {
		case "+Inf":
			return ".inf", nil
		case "-Inf":
			return "-.inf", nil
		case "NaN":
			return ".nan", nil
		default:
			return s, nil
		}
	case bool:
		if k {
			return "true", nil
		}
		return "false", nil
	case time.Time:
		return k.Format(time.RFC3339Nano), nil
	}
	return "", fmt.Errorf("unsupported map key of type %T", key)
}

func jsonable(value interface{}) (interface{}, error) {
	switch v := value.(type) {
	case map[string]interface{}:
		out := make(map[string]interface{}, len(v))
		for k, item := range v {
			converted, err := jsonable(item)
			if err != nil {
				return nil, err
			}
			out[k] = converted
		}
		return out, nil
	case map[interface{}]interface{}:
		out := make(map[string]interface{}, len(v))
		for k, item := range v {
			name, err := keyString(k)
			if err != nil {
				return nil, err
			}
			if _, taken := out[name]; taken {
				return nil, fmt.Errorf("two keys become %q", name)
			}
			converted, err := jsonable(item)
			if err != nil {
				return nil, err
			}
			out[name] = converted
		}
		return out, nil
	case []interface{}:
		out := make([]interface{}, len(v))
		for i, item := range v {
			converted, err := jsonable(item)
			if err != nil {
				return nil, err
			}
			out[i] = converted
		}
		return out, nil
	}
	return value, nil
}

// collisions reports two keys of one go-yaml v2 map that YAMLToJSON turns into the same string.
func collisions(value interface{}) error {
	switch v := value.(type) {
	case map[interface{}]interface{}:
		seen := make(map[string]bool, len(v))
		for k, item := range v {
			if reflect.TypeOf(k) != nil {
				if name, err := keyString(k); err == nil {
					if seen[name] {
						return fmt.Errorf("two keys become %q", name)
					}
					seen[name] = true
				}
			}
			if err := collisions(item); err != nil {
				return err
			}
		}
	case []interface{}:
		for _, item := range v {
			if err := collisions(item); err != nil {
				return err
			}
		}
	}
	return nil
}
