package scenario

import (
	"os"
	"testing"
)

func TestSmoke(t *testing.T) {
	sc, err := Load(os.Getenv("SC"))
	if err != nil {
		t.Skip(err)
	}
	res, err := Run(sc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range res.Columns {
		t.Logf("%s = %v", c, res.Rows[len(res.Rows)-1][i])
	}
	t.Logf("%+v", res.Summary)
}
