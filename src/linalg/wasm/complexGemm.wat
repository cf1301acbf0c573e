;; C ← A·Bᵀ for complex matrices in f64x2 SIMD: the WebAssembly twin of complexGemmNT
;; (src/linalg/complexGemm.ts), assembled by `npm run build:wasm` into complexGemmWasm.generated.ts.
;;
;; C[i, j] = Σ_l A[i, l]·B[j, l]. Every entry is summed exactly as the TypeScript kernel sums it: over
;; the inner index in chunks of KB = 128 from l = 0, each chunk's partial sum started at 0 and taken in
;; order of l, with re += ar·br − ai·bi and im += ar·bi + ai·br, then added to C (zeroed first). The
;; two lanes of a vector hold two different columns j, so no sum is reordered: the result is bit for
;; bit that of complexGemmNT (spec/linalg/complexGemmWasm.spec.ts checks it).
;;
;; Layout (all addresses are byte offsets into the imported memory, 16-byte aligned):
;;   A:  re at $aRe, im at $aIm, row-major, row stride $lda doubles, $m rows ($m even: callers pad).
;;   B:  packed in column quads (packComplexColumns in complexGemmWasm.ts): quad q, inner index l at
;;       $b + 64·(q·k + l) holds [re(4q, l), re(4q+1, l)] [re(4q+2, l), re(4q+3, l)]
;;       [im(4q, l), im(4q+1, l)] [im(4q+2, l), im(4q+3, l)]; $quads = ⌈p/4⌉, padding columns zero.
;;   C:  re at $cRe, im at $cIm, row-major, $m rows × 4·$quads columns; overwritten.
;; Register tile: 2 rows × 4 columns (8 accumulators of 2 lanes); the quads are swept in blocks of
;; QB = 16 (64 columns, a 128 KiB panel of B per chunk) while the two rows of A stay in L1.
(module
  (import "env" "memory" (memory 1))
  (func (export "complexGemmNT")
    (param $aRe i32) (param $aIm i32) (param $lda i32) (param $m i32)
    (param $b i32) (param $quads i32) (param $k i32)
    (param $cRe i32) (param $cIm i32)
    (local $ldc i32) (local $l0 i32) (local $l1 i32) (local $q0 i32) (local $q1 i32)
    (local $i i32) (local $q i32) (local $t i32) (local $tEnd i32)
    (local $pa0r i32) (local $pa0i i32) (local $pa1r i32) (local $pa1i i32) (local $pb i32) (local $pc i32)
    (local $br01 v128) (local $br23 v128) (local $bi01 v128) (local $bi23 v128)
    (local $xr v128) (local $xi v128)
    (local $r001 v128) (local $r023 v128) (local $i001 v128) (local $i023 v128)
    (local $r101 v128) (local $r123 v128) (local $i101 v128) (local $i123 v128)
    ;; ldc = 4·quads columns; C ← 0
    (local.set $ldc (i32.shl (local.get $quads) (i32.const 2)))
    (memory.fill (local.get $cRe) (i32.const 0) (i32.shl (i32.mul (local.get $m) (local.get $ldc)) (i32.const 3)))
    (memory.fill (local.get $cIm) (i32.const 0) (i32.shl (i32.mul (local.get $m) (local.get $ldc)) (i32.const 3)))
    (local.set $l0 (i32.const 0))
    (block $chunksDone
      (loop $chunks
        (br_if $chunksDone (i32.ge_s (local.get $l0) (local.get $k)))
        ;; l1 = min(k, l0 + 128)
        (local.set $l1 (i32.add (local.get $l0) (i32.const 128)))
        (if (i32.gt_s (local.get $l1) (local.get $k)) (then (local.set $l1 (local.get $k))))
        ;; byte length of this chunk along a row of A
        (local.set $tEnd (i32.shl (i32.sub (local.get $l1) (local.get $l0)) (i32.const 3)))
        (local.set $q0 (i32.const 0))
        (block $panelsDone
          (loop $panels
            (br_if $panelsDone (i32.ge_s (local.get $q0) (local.get $quads)))
            (local.set $q1 (i32.add (local.get $q0) (i32.const 16)))
            (if (i32.gt_s (local.get $q1) (local.get $quads)) (then (local.set $q1 (local.get $quads))))
            (local.set $i (i32.const 0))
            (block $rowsDone
              (loop $rows
                (br_if $rowsDone (i32.ge_s (local.get $i) (local.get $m)))
                ;; pa = A + 8·(i·lda + l0), rows i and i + 1
                (local.set $pa0r (i32.add (local.get $aRe) (i32.shl (i32.add (i32.mul (local.get $i) (local.get $lda)) (local.get $l0)) (i32.const 3))))
                (local.set $pa0i (i32.add (local.get $aIm) (i32.sub (local.get $pa0r) (local.get $aRe))))
                (local.set $pa1r (i32.add (local.get $pa0r) (i32.shl (local.get $lda) (i32.const 3))))
                (local.set $pa1i (i32.add (local.get $pa0i) (i32.shl (local.get $lda) (i32.const 3))))
                (local.set $q (local.get $q0))
                (block $quadsDone
                  (loop $quadLoop
                    (br_if $quadsDone (i32.ge_s (local.get $q) (local.get $q1)))
                    ;; pb = B + 64·(q·k + l0)
                    (local.set $pb (i32.add (local.get $b) (i32.shl (i32.add (i32.mul (local.get $q) (local.get $k)) (local.get $l0)) (i32.const 6))))
                    (local.set $r001 (v128.const f64x2 0 0))
                    (local.set $r023 (v128.const f64x2 0 0))
                    (local.set $i001 (v128.const f64x2 0 0))
                    (local.set $i023 (v128.const f64x2 0 0))
                    (local.set $r101 (v128.const f64x2 0 0))
                    (local.set $r123 (v128.const f64x2 0 0))
                    (local.set $i101 (v128.const f64x2 0 0))
                    (local.set $i123 (v128.const f64x2 0 0))
                    (local.set $t (i32.const 0))
                    (block $innerDone
                      (loop $inner
                        (br_if $innerDone (i32.ge_s (local.get $t) (local.get $tEnd)))
                        (local.set $br01 (v128.load offset=0 (local.get $pb)))
                        (local.set $br23 (v128.load offset=16 (local.get $pb)))
                        (local.set $bi01 (v128.load offset=32 (local.get $pb)))
                        (local.set $bi23 (v128.load offset=48 (local.get $pb)))
                        ;; row i
                        (local.set $xr (v128.load64_splat (i32.add (local.get $pa0r) (local.get $t))))
                        (local.set $xi (v128.load64_splat (i32.add (local.get $pa0i) (local.get $t))))
                        (local.set $r001 (f64x2.add (local.get $r001) (f64x2.sub (f64x2.mul (local.get $xr) (local.get $br01)) (f64x2.mul (local.get $xi) (local.get $bi01)))))
                        (local.set $i001 (f64x2.add (local.get $i001) (f64x2.add (f64x2.mul (local.get $xr) (local.get $bi01)) (f64x2.mul (local.get $xi) (local.get $br01)))))
                        (local.set $r023 (f64x2.add (local.get $r023) (f64x2.sub (f64x2.mul (local.get $xr) (local.get $br23)) (f64x2.mul (local.get $xi) (local.get $bi23)))))
                        (local.set $i023 (f64x2.add (local.get $i023) (f64x2.add (f64x2.mul (local.get $xr) (local.get $bi23)) (f64x2.mul (local.get $xi) (local.get $br23)))))
                        ;; row i + 1
                        (local.set $xr (v128.load64_splat (i32.add (local.get $pa1r) (local.get $t))))
                        (local.set $xi (v128.load64_splat (i32.add (local.get $pa1i) (local.get $t))))
                        (local.set $r101 (f64x2.add (local.get $r101) (f64x2.sub (f64x2.mul (local.get $xr) (local.get $br01)) (f64x2.mul (local.get $xi) (local.get $bi01)))))
                        (local.set $i101 (f64x2.add (local.get $i101) (f64x2.add (f64x2.mul (local.get $xr) (local.get $bi01)) (f64x2.mul (local.get $xi) (local.get $br01)))))
                        (local.set $r123 (f64x2.add (local.get $r123) (f64x2.sub (f64x2.mul (local.get $xr) (local.get $br23)) (f64x2.mul (local.get $xi) (local.get $bi23)))))
                        (local.set $i123 (f64x2.add (local.get $i123) (f64x2.add (f64x2.mul (local.get $xr) (local.get $bi23)) (f64x2.mul (local.get $xi) (local.get $br23)))))
                        (local.set $pb (i32.add (local.get $pb) (i32.const 64)))
                        (local.set $t (i32.add (local.get $t) (i32.const 8)))
                        (br $inner)))
                    ;; C[i, 4q …] += partial sums; row i + 1 one row (8·ldc bytes) further
                    (local.set $pc (i32.shl (i32.add (i32.mul (local.get $i) (local.get $ldc)) (i32.shl (local.get $q) (i32.const 2))) (i32.const 3)))
                    (call $addTile (i32.add (local.get $cRe) (local.get $pc)) (local.get $r001) (local.get $r023))
                    (call $addTile (i32.add (local.get $cIm) (local.get $pc)) (local.get $i001) (local.get $i023))
                    (local.set $pc (i32.add (local.get $pc) (i32.shl (local.get $ldc) (i32.const 3))))
                    (call $addTile (i32.add (local.get $cRe) (local.get $pc)) (local.get $r101) (local.get $r123))
                    (call $addTile (i32.add (local.get $cIm) (local.get $pc)) (local.get $i101) (local.get $i123))
                    (local.set $q (i32.add (local.get $q) (i32.const 1)))
                    (br $quadLoop)))
                (local.set $i (i32.add (local.get $i) (i32.const 2)))
                (br $rows)))
            (local.set $q0 (local.get $q1))
            (br $panels)))
        (local.set $l0 (local.get $l1))
        (br $chunks))))
  ;; mem[p … p + 32) += [s01, s23]
  (func $addTile (param $p i32) (param $s01 v128) (param $s23 v128)
    (v128.store offset=0 (local.get $p) (f64x2.add (v128.load offset=0 (local.get $p)) (local.get $s01)))
    (v128.store offset=16 (local.get $p) (f64x2.add (v128.load offset=16 (local.get $p)) (local.get $s23)))))
