;; The two hot loops of the Chebyshev kernel (src/exact/chebyshevKernel.ts) in f64x2 SIMD, on a shared
;; memory that all its participants (threads) instantiate: the WebAssembly twins of fusedBlockRows
;; (src/linalg/fusedBlockRows.ts) and of the output accumulation. Assembled by `npm run build:wasm`.
;;
;; All pointers are byte addresses into the imported memory; no alignment is required.
;;
;; fusedBlockRows: for rows i0 ≤ i < i1 of the block C (row-major, `cols` columns):
;;   d[i] += α Σ_j C_ij x_bot[j]        and        s[j] += α Σ_i conj(C_ij) x_top[i].
;; The scatter s[j] is summed exactly as in the TypeScript kernel (two rows per pass, the same operation
;; order per j), so it is the same bit for bit. The row sums run in two lanes (even and odd j, then
;; lane 0 + lane 1, then an odd last column), a different summation order from the TypeScript kernel's
;; sequential one: they agree to cols·ε·Σ_j|C_ij x_j| (spec/linalg/chebyshevKernelsWasm.spec.ts).
;;
;; accumulate: acc += w·x (real) or acc += i·w·x (imaginary: re −= w·Im x, im += w·Re x) over `n`
;; complex entries, entry by entry as in the TypeScript loop: the same bit for bit.
(module
  (import "env" "memory" (memory 1 65536 shared))

  (func (export "fusedBlockRows")
    (param $cRe i32) (param $cIm i32) (param $cols i32) (param $i0 i32) (param $i1 i32) (param $alpha f64)
    (param $xTopRe i32) (param $xTopIm i32) (param $xBotRe i32) (param $xBotIm i32)
    (param $dRe i32) (param $dIm i32) (param $sRe i32) (param $sIm i32)
    (local $i i32) (local $j2 i32) (local $p i32) (local $q i32) (local $o i32) (local $jEnd i32)
    (local $u0r v128) (local $u0i v128) (local $u1r v128) (local $u1i v128)
    (local $a v128) (local $b v128) (local $c v128) (local $d v128) (local $vr v128) (local $vi v128)
    (local $s0r v128) (local $s0i v128) (local $s1r v128) (local $s1i v128)
    (local $t0r f64) (local $t0i f64) (local $t1r f64) (local $t1i f64)
    (local $ea f64) (local $eb f64) (local $ec f64) (local $ed f64) (local $er f64) (local $ei f64)
    ;; byte length of the even part of a row: 16·floor(cols/2)
    (local.set $jEnd (i32.shl (i32.shr_u (local.get $cols) (i32.const 1)) (i32.const 4)))
    (local.set $i (local.get $i0))
    (block $pairsDone
      (loop $pairs
        (br_if $pairsDone (i32.ge_s (i32.add (local.get $i) (i32.const 1)) (local.get $i1)))
        ;; u = α x_top[i], α x_top[i + 1]
        (local.set $u0r (f64x2.splat (f64.mul (local.get $alpha) (f64.load (i32.add (local.get $xTopRe) (i32.shl (local.get $i) (i32.const 3)))))))
        (local.set $u0i (f64x2.splat (f64.mul (local.get $alpha) (f64.load (i32.add (local.get $xTopIm) (i32.shl (local.get $i) (i32.const 3)))))))
        (local.set $u1r (f64x2.splat (f64.mul (local.get $alpha) (f64.load offset=8 (i32.add (local.get $xTopRe) (i32.shl (local.get $i) (i32.const 3)))))))
        (local.set $u1i (f64x2.splat (f64.mul (local.get $alpha) (f64.load offset=8 (i32.add (local.get $xTopIm) (i32.shl (local.get $i) (i32.const 3)))))))
        (local.set $s0r (v128.const f64x2 0 0))
        (local.set $s0i (v128.const f64x2 0 0))
        (local.set $s1r (v128.const f64x2 0 0))
        (local.set $s1i (v128.const f64x2 0 0))
        ;; p, q: byte offsets of rows i and i + 1 within the block
        (local.set $p (i32.shl (i32.mul (local.get $i) (local.get $cols)) (i32.const 3)))
        (local.set $q (i32.add (local.get $p) (i32.shl (local.get $cols) (i32.const 3))))
        (local.set $j2 (i32.const 0))
        (block $colsDone
          (loop $colLoop
            (br_if $colsDone (i32.ge_u (local.get $j2) (local.get $jEnd)))
            (local.set $a (v128.load (i32.add (local.get $cRe) (i32.add (local.get $p) (local.get $j2)))))
            (local.set $b (v128.load (i32.add (local.get $cIm) (i32.add (local.get $p) (local.get $j2)))))
            (local.set $c (v128.load (i32.add (local.get $cRe) (i32.add (local.get $q) (local.get $j2)))))
            (local.set $d (v128.load (i32.add (local.get $cIm) (i32.add (local.get $q) (local.get $j2)))))
            (local.set $vr (v128.load (i32.add (local.get $xBotRe) (local.get $j2))))
            (local.set $vi (v128.load (i32.add (local.get $xBotIm) (local.get $j2))))
            (local.set $s0r (f64x2.add (local.get $s0r) (f64x2.sub (f64x2.mul (local.get $a) (local.get $vr)) (f64x2.mul (local.get $b) (local.get $vi)))))
            (local.set $s0i (f64x2.add (local.get $s0i) (f64x2.add (f64x2.mul (local.get $a) (local.get $vi)) (f64x2.mul (local.get $b) (local.get $vr)))))
            (local.set $s1r (f64x2.add (local.get $s1r) (f64x2.sub (f64x2.mul (local.get $c) (local.get $vr)) (f64x2.mul (local.get $d) (local.get $vi)))))
            (local.set $s1i (f64x2.add (local.get $s1i) (f64x2.add (f64x2.mul (local.get $c) (local.get $vi)) (f64x2.mul (local.get $d) (local.get $vr)))))
            ;; s[j] += ((a u0r + b u0i) + c u1r) + d u1i ;  s_im[j] += ((a u0i − b u0r) + c u1i) − d u1r
            (local.set $o (i32.add (local.get $sRe) (local.get $j2)))
            (v128.store (local.get $o) (f64x2.add (v128.load (local.get $o))
              (f64x2.add (f64x2.add (f64x2.add (f64x2.mul (local.get $a) (local.get $u0r)) (f64x2.mul (local.get $b) (local.get $u0i))) (f64x2.mul (local.get $c) (local.get $u1r))) (f64x2.mul (local.get $d) (local.get $u1i)))))
            (local.set $o (i32.add (local.get $sIm) (local.get $j2)))
            (v128.store (local.get $o) (f64x2.add (v128.load (local.get $o))
              (f64x2.sub (f64x2.add (f64x2.sub (f64x2.mul (local.get $a) (local.get $u0i)) (f64x2.mul (local.get $b) (local.get $u0r))) (f64x2.mul (local.get $c) (local.get $u1i))) (f64x2.mul (local.get $d) (local.get $u1r)))))
            (local.set $j2 (i32.add (local.get $j2) (i32.const 16)))
            (br $colLoop)))
        ;; lane 0 + lane 1
        (local.set $t0r (f64.add (f64x2.extract_lane 0 (local.get $s0r)) (f64x2.extract_lane 1 (local.get $s0r))))
        (local.set $t0i (f64.add (f64x2.extract_lane 0 (local.get $s0i)) (f64x2.extract_lane 1 (local.get $s0i))))
        (local.set $t1r (f64.add (f64x2.extract_lane 0 (local.get $s1r)) (f64x2.extract_lane 1 (local.get $s1r))))
        (local.set $t1i (f64.add (f64x2.extract_lane 0 (local.get $s1i)) (f64x2.extract_lane 1 (local.get $s1i))))
        ;; an odd last column, scalar
        (if (i32.and (local.get $cols) (i32.const 1))
          (then
            (local.set $ea (f64.load (i32.add (local.get $cRe) (i32.add (local.get $p) (local.get $jEnd)))))
            (local.set $eb (f64.load (i32.add (local.get $cIm) (i32.add (local.get $p) (local.get $jEnd)))))
            (local.set $ec (f64.load (i32.add (local.get $cRe) (i32.add (local.get $q) (local.get $jEnd)))))
            (local.set $ed (f64.load (i32.add (local.get $cIm) (i32.add (local.get $q) (local.get $jEnd)))))
            (local.set $er (f64.load (i32.add (local.get $xBotRe) (local.get $jEnd))))
            (local.set $ei (f64.load (i32.add (local.get $xBotIm) (local.get $jEnd))))
            (local.set $t0r (f64.add (local.get $t0r) (f64.sub (f64.mul (local.get $ea) (local.get $er)) (f64.mul (local.get $eb) (local.get $ei)))))
            (local.set $t0i (f64.add (local.get $t0i) (f64.add (f64.mul (local.get $ea) (local.get $ei)) (f64.mul (local.get $eb) (local.get $er)))))
            (local.set $t1r (f64.add (local.get $t1r) (f64.sub (f64.mul (local.get $ec) (local.get $er)) (f64.mul (local.get $ed) (local.get $ei)))))
            (local.set $t1i (f64.add (local.get $t1i) (f64.add (f64.mul (local.get $ec) (local.get $ei)) (f64.mul (local.get $ed) (local.get $er)))))
            (local.set $o (i32.add (local.get $sRe) (local.get $jEnd)))
            (f64.store (local.get $o) (f64.add (f64.load (local.get $o))
              (f64.add (f64.add (f64.add (f64.mul (local.get $ea) (f64x2.extract_lane 0 (local.get $u0r))) (f64.mul (local.get $eb) (f64x2.extract_lane 0 (local.get $u0i)))) (f64.mul (local.get $ec) (f64x2.extract_lane 0 (local.get $u1r)))) (f64.mul (local.get $ed) (f64x2.extract_lane 0 (local.get $u1i))))))
            (local.set $o (i32.add (local.get $sIm) (local.get $jEnd)))
            (f64.store (local.get $o) (f64.add (f64.load (local.get $o))
              (f64.sub (f64.add (f64.sub (f64.mul (local.get $ea) (f64x2.extract_lane 0 (local.get $u0i))) (f64.mul (local.get $eb) (f64x2.extract_lane 0 (local.get $u0r)))) (f64.mul (local.get $ec) (f64x2.extract_lane 0 (local.get $u1i)))) (f64.mul (local.get $ed) (f64x2.extract_lane 0 (local.get $u1r))))))))
        ;; d[i] += α t0, d[i + 1] += α t1
        (local.set $o (i32.add (local.get $dRe) (i32.shl (local.get $i) (i32.const 3))))
        (f64.store (local.get $o) (f64.add (f64.load (local.get $o)) (f64.mul (local.get $alpha) (local.get $t0r))))
        (f64.store offset=8 (local.get $o) (f64.add (f64.load offset=8 (local.get $o)) (f64.mul (local.get $alpha) (local.get $t1r))))
        (local.set $o (i32.add (local.get $dIm) (i32.shl (local.get $i) (i32.const 3))))
        (f64.store (local.get $o) (f64.add (f64.load (local.get $o)) (f64.mul (local.get $alpha) (local.get $t0i))))
        (f64.store offset=8 (local.get $o) (f64.add (f64.load offset=8 (local.get $o)) (f64.mul (local.get $alpha) (local.get $t1i))))
        (local.set $i (i32.add (local.get $i) (i32.const 2)))
        (br $pairs)))
    ;; an odd last row: the same with one row
    (if (i32.lt_s (local.get $i) (local.get $i1))
      (then
        (local.set $u0r (f64x2.splat (f64.mul (local.get $alpha) (f64.load (i32.add (local.get $xTopRe) (i32.shl (local.get $i) (i32.const 3)))))))
        (local.set $u0i (f64x2.splat (f64.mul (local.get $alpha) (f64.load (i32.add (local.get $xTopIm) (i32.shl (local.get $i) (i32.const 3)))))))
        (local.set $s0r (v128.const f64x2 0 0))
        (local.set $s0i (v128.const f64x2 0 0))
        (local.set $p (i32.shl (i32.mul (local.get $i) (local.get $cols)) (i32.const 3)))
        (local.set $j2 (i32.const 0))
        (block $colsDone1
          (loop $colLoop1
            (br_if $colsDone1 (i32.ge_u (local.get $j2) (local.get $jEnd)))
            (local.set $a (v128.load (i32.add (local.get $cRe) (i32.add (local.get $p) (local.get $j2)))))
            (local.set $b (v128.load (i32.add (local.get $cIm) (i32.add (local.get $p) (local.get $j2)))))
            (local.set $vr (v128.load (i32.add (local.get $xBotRe) (local.get $j2))))
            (local.set $vi (v128.load (i32.add (local.get $xBotIm) (local.get $j2))))
            (local.set $s0r (f64x2.add (local.get $s0r) (f64x2.sub (f64x2.mul (local.get $a) (local.get $vr)) (f64x2.mul (local.get $b) (local.get $vi)))))
            (local.set $s0i (f64x2.add (local.get $s0i) (f64x2.add (f64x2.mul (local.get $a) (local.get $vi)) (f64x2.mul (local.get $b) (local.get $vr)))))
            ;; s[j] += a u0r + b u0i ;  s_im[j] += a u0i − b u0r
            (local.set $o (i32.add (local.get $sRe) (local.get $j2)))
            (v128.store (local.get $o) (f64x2.add (v128.load (local.get $o)) (f64x2.add (f64x2.mul (local.get $a) (local.get $u0r)) (f64x2.mul (local.get $b) (local.get $u0i)))))
            (local.set $o (i32.add (local.get $sIm) (local.get $j2)))
            (v128.store (local.get $o) (f64x2.add (v128.load (local.get $o)) (f64x2.sub (f64x2.mul (local.get $a) (local.get $u0i)) (f64x2.mul (local.get $b) (local.get $u0r)))))
            (local.set $j2 (i32.add (local.get $j2) (i32.const 16)))
            (br $colLoop1)))
        (local.set $t0r (f64.add (f64x2.extract_lane 0 (local.get $s0r)) (f64x2.extract_lane 1 (local.get $s0r))))
        (local.set $t0i (f64.add (f64x2.extract_lane 0 (local.get $s0i)) (f64x2.extract_lane 1 (local.get $s0i))))
        (if (i32.and (local.get $cols) (i32.const 1))
          (then
            (local.set $ea (f64.load (i32.add (local.get $cRe) (i32.add (local.get $p) (local.get $jEnd)))))
            (local.set $eb (f64.load (i32.add (local.get $cIm) (i32.add (local.get $p) (local.get $jEnd)))))
            (local.set $er (f64.load (i32.add (local.get $xBotRe) (local.get $jEnd))))
            (local.set $ei (f64.load (i32.add (local.get $xBotIm) (local.get $jEnd))))
            (local.set $t0r (f64.add (local.get $t0r) (f64.sub (f64.mul (local.get $ea) (local.get $er)) (f64.mul (local.get $eb) (local.get $ei)))))
            (local.set $t0i (f64.add (local.get $t0i) (f64.add (f64.mul (local.get $ea) (local.get $ei)) (f64.mul (local.get $eb) (local.get $er)))))
            (local.set $o (i32.add (local.get $sRe) (local.get $jEnd)))
            (f64.store (local.get $o) (f64.add (f64.load (local.get $o)) (f64.add (f64.mul (local.get $ea) (f64x2.extract_lane 0 (local.get $u0r))) (f64.mul (local.get $eb) (f64x2.extract_lane 0 (local.get $u0i))))))
            (local.set $o (i32.add (local.get $sIm) (local.get $jEnd)))
            (f64.store (local.get $o) (f64.add (f64.load (local.get $o)) (f64.sub (f64.mul (local.get $ea) (f64x2.extract_lane 0 (local.get $u0i))) (f64.mul (local.get $eb) (f64x2.extract_lane 0 (local.get $u0r))))))))
        (local.set $o (i32.add (local.get $dRe) (i32.shl (local.get $i) (i32.const 3))))
        (f64.store (local.get $o) (f64.add (f64.load (local.get $o)) (f64.mul (local.get $alpha) (local.get $t0r))))
        (local.set $o (i32.add (local.get $dIm) (i32.shl (local.get $i) (i32.const 3))))
        (f64.store (local.get $o) (f64.add (f64.load (local.get $o)) (f64.mul (local.get $alpha) (local.get $t0i)))))))

  (func (export "accumulate")
    (param $accRe i32) (param $accIm i32) (param $xRe i32) (param $xIm i32) (param $n i32) (param $w f64) (param $imaginary i32)
    (local $j i32) (local $end i32) (local $wv v128)
    (local.set $wv (f64x2.splat (local.get $w)))
    (local.set $end (i32.shl (i32.shr_u (local.get $n) (i32.const 1)) (i32.const 4)))
    (local.set $j (i32.const 0))
    (if (local.get $imaginary)
      (then
        ;; re −= w·Im x, im += w·Re x
        (block $done
          (loop $l
            (br_if $done (i32.ge_u (local.get $j) (local.get $end)))
            (v128.store (i32.add (local.get $accRe) (local.get $j)) (f64x2.sub (v128.load (i32.add (local.get $accRe) (local.get $j))) (f64x2.mul (local.get $wv) (v128.load (i32.add (local.get $xIm) (local.get $j))))))
            (v128.store (i32.add (local.get $accIm) (local.get $j)) (f64x2.add (v128.load (i32.add (local.get $accIm) (local.get $j))) (f64x2.mul (local.get $wv) (v128.load (i32.add (local.get $xRe) (local.get $j))))))
            (local.set $j (i32.add (local.get $j) (i32.const 16)))
            (br $l)))
        (if (i32.and (local.get $n) (i32.const 1))
          (then
            (f64.store (i32.add (local.get $accRe) (local.get $end)) (f64.sub (f64.load (i32.add (local.get $accRe) (local.get $end))) (f64.mul (local.get $w) (f64.load (i32.add (local.get $xIm) (local.get $end))))))
            (f64.store (i32.add (local.get $accIm) (local.get $end)) (f64.add (f64.load (i32.add (local.get $accIm) (local.get $end))) (f64.mul (local.get $w) (f64.load (i32.add (local.get $xRe) (local.get $end)))))))))
      (else
        ;; re += w·Re x, im += w·Im x
        (block $done2
          (loop $l2
            (br_if $done2 (i32.ge_u (local.get $j) (local.get $end)))
            (v128.store (i32.add (local.get $accRe) (local.get $j)) (f64x2.add (v128.load (i32.add (local.get $accRe) (local.get $j))) (f64x2.mul (local.get $wv) (v128.load (i32.add (local.get $xRe) (local.get $j))))))
            (v128.store (i32.add (local.get $accIm) (local.get $j)) (f64x2.add (v128.load (i32.add (local.get $accIm) (local.get $j))) (f64x2.mul (local.get $wv) (v128.load (i32.add (local.get $xIm) (local.get $j))))))
            (local.set $j (i32.add (local.get $j) (i32.const 16)))
            (br $l2)))
        (if (i32.and (local.get $n) (i32.const 1))
          (then
            (f64.store (i32.add (local.get $accRe) (local.get $end)) (f64.add (f64.load (i32.add (local.get $accRe) (local.get $end))) (f64.mul (local.get $w) (f64.load (i32.add (local.get $xRe) (local.get $end))))))
            (f64.store (i32.add (local.get $accIm) (local.get $end)) (f64.add (f64.load (i32.add (local.get $accIm) (local.get $end))) (f64.mul (local.get $w) (f64.load (i32.add (local.get $xIm) (local.get $end))))))))))))
