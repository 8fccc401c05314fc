#!/usr/bin/env bash
# Checks the layering rules of docs/architecture.md: each target imports only the targets it may
# depend on, only KnowledgeStore imports GRDB, only the kb executable imports ArgumentParser, the
# library never prints, and no source uses try!. Exit status 1 and one line per breach otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

# target: the kb modules it may import (besides Foundation, the standard library and system modules).
declare -A allowed=(
    [KBText]=""
    [KBModel]="KBText"
    [KBClaims]="KBText KBModel"
    [KBIngest]="KBText KBModel KBClaims CLibXML2"
    [KBCheck]="KBText KBModel KBClaims"
    [KBSearch]="KBText KBModel"
    [KBExport]="KBText KBModel"
    [KnowledgeStore]="KBText KBModel KBSearch KBIngest KBCheck GRDB GRDBSQLite"
    [kb]="KBText KBModel KBClaims KBIngest KBCheck KBSearch KBExport KnowledgeStore ArgumentParser CMalloc"
    [KBEval]="KBClaims"
    [kb-eval]="KBEval KBText KBModel KBClaims KBCheck"
)
kb_modules="KBText KBModel KBClaims KBIngest KBCheck KBSearch KBExport KnowledgeStore KBEval CLibXML2 CMalloc GRDB GRDBSQLite ArgumentParser"
libraries="KBText KBModel KBClaims KBIngest KBCheck KBSearch KBExport KnowledgeStore"

status=0
breach() { echo "layers: $1"; status=1; }

for target in "${!allowed[@]}"; do
    folder="Sources/$target"
    [ -d "$folder" ] || { breach "$folder: no such target folder"; continue; }
    while IFS= read -r line; do
        file=${line%%:*}
        module=$(echo "${line#*:}" | sed -E 's/^[[:space:]]*(@testable[[:space:]]+)?import[[:space:]]+([A-Za-z0-9_]+).*/\2/')
        case " $kb_modules " in *" $module "*) ;; *) continue ;; esac
        case " ${allowed[$target]} " in *" $module "*) ;; *) breach "$file imports $module, which $target may not depend on" ;; esac
    done < <(grep -rHE '^[[:space:]]*(@testable[[:space:]]+)?import[[:space:]]+[A-Za-z]' "$folder" --include='*.swift' || true)
done

for target in $libraries; do
    # The library reports through return values and errors: no print, no writes to standard output.
    grep -rnE '(^|[^A-Za-z0-9_.])print\(|FileHandle\.standard(Output|Error)' "Sources/$target" --include='*.swift' \
        | sed 's/^/layers: prints: /' && status=1
done
grep -rnE 'try!' Sources --include='*.swift' | sed 's/^/layers: try!: /' && status=1
grep -rnE '@testable' Sources --include='*.swift' | sed 's/^/layers: @testable import in a product: /' && status=1

exit $status
